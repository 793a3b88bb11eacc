// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.List;

import org.backlot.model.script.Scene;
import org.backlot.shots.ui.internal.board.BoardRows.Kind;
import org.backlot.shots.ui.internal.board.BoardRows.Row;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Event;

/**
 * Drags strips or a day banner within the stripboard: a red line marks where
 * they would land (scrolling near the edges), the drop is handed to the view
 * as one move; Escape cancels.
 */
final class StripDrag {
	/** What a finished drag asks for. */
	interface Target {
		/** Move the scenes before the token at {@code token}. */
		void dropScenes(List<Scene> scenes, int token);

		/** Move the 0-based day so that it lands before the row gap (snapped to a day boundary). */
		void dropDay(int day, int gap);
	}

	private static final int THRESHOLD = 5;
	private final StripCanvas canvas;
	private final Target target;
	private Row source;
	private int startY;
	private boolean dragging;

	StripDrag(StripCanvas canvas, Target target) {
		this.canvas = canvas;
		this.target = target;
		canvas.control().addListener(SWT.MouseDown, this::down);
		canvas.control().addListener(SWT.MouseMove, this::move);
		canvas.control().addListener(SWT.MouseUp, this::up);
		canvas.control().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC && dragging) {
				stop();
			}
		});
	}

	private void down(Event e) {
		int i = canvas.rowAt(e.y);
		source = e.button == 1 && i >= 0 && canvas.rows().get(i).kind() != Kind.UNSCHEDULED ? canvas.rows().get(i) : null;
		startY = e.y;
		dragging = false;
	}

	private void move(Event e) {
		if (source == null || (e.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		if (!dragging && Math.abs(e.y - startY) < THRESHOLD) {
			return;
		}
		if (!dragging) {
			dragging = true;
			canvas.control().setCursor(new Cursor(canvas.control().getDisplay(), SWT.CURSOR_SIZENS));
		}
		int h = canvas.control().getClientArea().height;
		if (e.y < StripRenderer.ROW) {
			canvas.scrollBy(-StripRenderer.ROW / 2);
		} else if (e.y > h - StripRenderer.ROW) {
			canvas.scrollBy(StripRenderer.ROW / 2);
		}
		canvas.dropGap(canvas.gapAt(e.y));
	}

	private void up(Event e) {
		if (!dragging) {
			if (source != null && source.kind() == Kind.STRIP && (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0
					&& canvas.selection().size() > 1 && canvas.rows().indexOf(source.scene()) >= 0) {
				canvas.click(canvas.rows().indexOf(source.scene()), false, false);
			}
			source = null;
			return;
		}
		int gap = canvas.gapAt(e.y);
		Row from = source;
		stop();
		if (from.kind() == Kind.STRIP) {
			List<Scene> scenes = canvas.selection();
			if (!scenes.contains(from.scene())) {
				scenes = List.of(from.scene());
			}
			target.dropScenes(scenes, canvas.rows().tokenBefore(gap));
		} else if (from.kind() == Kind.DAY) {
			target.dropDay(from.day(), gap);
		}
	}

	private void stop() {
		dragging = false;
		source = null;
		canvas.dropGap(-1);
		Cursor c = canvas.control().getCursor();
		canvas.control().setCursor(null);
		if (c != null) {
			c.dispose();
		}
	}
}
