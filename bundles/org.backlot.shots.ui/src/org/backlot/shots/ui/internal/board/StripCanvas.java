// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.backlot.model.script.Scene;
import org.backlot.shots.ui.internal.board.BoardRows.Kind;
import org.backlot.shots.ui.internal.board.BoardRows.Row;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The stripboard's drawing surface: paints only the visible rows
 * (double-buffered), scrolls, and keeps the selection (strips by scene, or
 * one banner), changed by clicks (Shift/Ctrl extend) and arrow keys.
 */
final class StripCanvas {
	private final Canvas canvas;
	private final StripRenderer renderer;
	private BoardRows rows;
	private final Set<Scene> selected = Collections.newSetFromMap(new IdentityHashMap<>());
	private int focus = -1;
	private int anchor = -1;
	private int selectedBanner = -1;
	private int dropGap = -1;
	private int hoverRow = -2;
	private boolean revealNext;
	private Runnable selectionListener = () -> {
	};

	StripCanvas(Composite parent, StripRenderer renderer) {
		this.renderer = renderer;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL | SWT.BORDER);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> updateScroll());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.MouseMove, this::hover);
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
		canvas.addListener(SWT.MouseVerticalWheel, e -> {
			e.doit = false; // scrolled here, by whole rows
			scrollBy(-e.count * StripRenderer.ROW);
		});
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
	}

	/** The SWT control. */
	Canvas control() {
		return canvas;
	}

	/** Called when the selection changes through the canvas. */
	void onSelection(Runnable r) {
		selectionListener = r;
	}

	/** Shows new rows, keeping the selected scenes selected. */
	void setRows(BoardRows newRows) {
		rows = newRows;
		selected.removeIf(s -> rows.indexOf(s) < 0);
		if (selectedBanner >= rows.size() || selectedBanner >= 0 && rows.get(selectedBanner).kind() != Kind.DAY) {
			selectedBanner = -1;
		}
		focus = Math.min(focus, rows.size() - 1);
		updateScroll();
		List<Scene> sel = selection();
		if (!sel.isEmpty()) {
			focus = anchor = rows.indexOf(sel.get(0));
			if (revealNext) {
				reveal(focus);
			}
		}
		revealNext = false;
		hoverRow = -2;
		canvas.redraw();
	}

	/** Scrolls to the selection when the next rows come (after a move by keys). */
	void revealOnNextRows() {
		revealNext = true;
	}

	/** The rows shown, or null. */
	BoardRows rows() {
		return rows;
	}

	/** The selected scenes in board order. */
	List<Scene> selection() {
		List<Scene> out = new ArrayList<>();
		if (rows != null) {
			for (Row r : rows.rows()) {
				if (r.kind() == Kind.STRIP && selected.contains(r.scene())) {
					out.add(r.scene());
				}
			}
		}
		return out;
	}

	/** The selected banner row, or null. */
	Row selectedBanner() {
		return selectedBanner < 0 || rows == null ? null : rows.get(selectedBanner);
	}

	/** The row with the keyboard focus, or null. */
	Row focusRow() {
		return rows == null || focus < 0 || focus >= rows.size() ? null : rows.get(focus);
	}

	/** Selects these scenes (no event), scrolls to and highlights the first. */
	void select(List<Scene> scenes, boolean reveal) {
		selected.clear();
		selectedBanner = -1;
		selected.addAll(scenes);
		if (rows != null && !scenes.isEmpty() && rows.indexOf(scenes.get(0)) >= 0) {
			focus = anchor = rows.indexOf(scenes.get(0));
			if (reveal) {
				reveal(focus);
			}
		}
		canvas.redraw();
	}

	/** The drop gap to mark (row index the drop goes before), or -1. */
	void dropGap(int gap) {
		if (gap != dropGap) {
			dropGap = gap;
			canvas.redraw();
		}
	}

	/** The row at a y in canvas coordinates, or -1. */
	int rowAt(int y) {
		int i = (y + offset()) / StripRenderer.ROW;
		return rows == null || y < 0 || i >= rows.size() ? -1 : i;
	}

	/** The gap nearest to a y: the row index the drop would go before. */
	int gapAt(int y) {
		int g = Math.round((y + offset()) / (float) StripRenderer.ROW);
		return rows == null ? 0 : Math.max(0, Math.min(rows.size(), g));
	}

	/** Scrolls by pixels. */
	void scrollBy(int dy) {
		ScrollBar bar = canvas.getVerticalBar();
		bar.setSelection(Math.max(0, Math.min(bar.getMaximum() - bar.getThumb(), bar.getSelection() + dy)));
		canvas.redraw();
	}

	private int offset() {
		return canvas.getVerticalBar().getSelection();
	}

	private void updateScroll() {
		ScrollBar bar = canvas.getVerticalBar();
		int total = rows == null ? 0 : rows.size() * StripRenderer.ROW;
		int visible = canvas.getClientArea().height;
		bar.setValues(Math.min(bar.getSelection(), Math.max(0, total - visible)), 0, Math.max(total, 1), Math.max(1, Math.min(visible, total)),
				StripRenderer.ROW, Math.max(StripRenderer.ROW, visible - StripRenderer.ROW));
		bar.setEnabled(total > visible);
	}

	private void reveal(int row) {
		int top = row * StripRenderer.ROW;
		int visible = canvas.getClientArea().height;
		ScrollBar bar = canvas.getVerticalBar();
		if (top < bar.getSelection()) {
			bar.setSelection(top);
		} else if (top + StripRenderer.ROW > bar.getSelection() + visible) {
			bar.setSelection(top + StripRenderer.ROW - visible);
		}
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle client = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(e.x, e.y, e.width, e.height);
		if (rows == null) {
			return;
		}
		int off = offset();
		int first = Math.max(0, (e.y + off) / StripRenderer.ROW);
		int last = Math.min(rows.size() - 1, (e.y + e.height + off) / StripRenderer.ROW);
		boolean focused = canvas.isFocusControl();
		for (int i = first; i <= last; i++) {
			Row r = rows.get(i);
			Rectangle band = new Rectangle(0, i * StripRenderer.ROW - off, client.width, StripRenderer.ROW);
			boolean sel = r.kind() == Kind.STRIP ? selected.contains(r.scene()) : i == selectedBanner;
			renderer.paint(gc, rows, r, band, sel, focused && i == focus);
		}
		if (dropGap >= 0) {
			int y = dropGap * StripRenderer.ROW - off;
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
			gc.fillRectangle(0, y - 2, client.width, 4);
		}
	}

	private void mouseDown(Event e) {
		canvas.setFocus();
		int i = rowAt(e.y);
		if (i < 0 || e.button > 1 && isSelected(i)) {
			return;
		}
		boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
		boolean shift = (e.stateMask & SWT.SHIFT) != 0;
		if (e.button == 1 && !ctrl && !shift && isSelected(i)) {
			focus = i; // keep a multi-selection for a drag; the click itself changes nothing
			canvas.redraw();
			return;
		}
		click(i, ctrl, shift);
	}

	private boolean isSelected(int i) {
		Row r = rows.get(i);
		return r.kind() == Kind.STRIP ? selected.contains(r.scene()) : i == selectedBanner;
	}

	/** Selects row i as a click with these modifiers would. */
	void click(int i, boolean ctrl, boolean shift) {
		Row r = rows.get(i);
		if (r.kind() != Kind.STRIP) {
			selected.clear();
			selectedBanner = r.kind() == Kind.DAY ? i : -1;
		} else if (shift && anchor >= 0) {
			if (!ctrl) {
				selected.clear();
			}
			selectedBanner = -1;
			for (int k = Math.min(anchor, i); k <= Math.max(anchor, i); k++) {
				if (rows.get(k).kind() == Kind.STRIP) {
					selected.add(rows.get(k).scene());
				}
			}
		} else if (ctrl) {
			selectedBanner = -1;
			if (!selected.remove(r.scene())) {
				selected.add(r.scene());
			}
			anchor = i;
		} else {
			selected.clear();
			selectedBanner = -1;
			selected.add(r.scene());
			anchor = i;
		}
		focus = i;
		reveal(i);
		canvas.redraw();
		selectionListener.run();
	}

	private void key(Event e) {
		if (rows == null || rows.size() == 0 || (e.stateMask & SWT.ALT) != 0) {
			return;
		}
		int page = Math.max(1, canvas.getClientArea().height / StripRenderer.ROW - 1);
		int to = switch (e.keyCode) {
		case SWT.ARROW_UP -> focus - 1;
		case SWT.ARROW_DOWN -> focus + 1;
		case SWT.PAGE_UP -> focus - page;
		case SWT.PAGE_DOWN -> focus + page;
		case SWT.HOME -> 0;
		case SWT.END -> rows.size() - 1;
		default -> Integer.MIN_VALUE;
		};
		if (to == Integer.MIN_VALUE) {
			return;
		}
		e.doit = false;
		click(Math.max(0, Math.min(rows.size() - 1, to)), false, (e.stateMask & SWT.SHIFT) != 0);
	}

	private void hover(Event e) {
		int i = rowAt(e.y);
		if (i == hoverRow) {
			return;
		}
		hoverRow = i;
		canvas.setToolTipText(i < 0 ? null : tooltip.apply(rows.get(i)));
	}

	private java.util.function.Function<Row, String> tooltip = r -> null;

	/** Sets how a row's tooltip reads. */
	void tooltips(java.util.function.Function<Row, String> f) {
		tooltip = f;
	}
}
