// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import java.util.function.Supplier;

import org.backlot.lighting.api.LightScene;
import org.eclipse.swt.widgets.Display;

/**
 * Hands drag previews to the feed at most every few milliseconds: a mouse
 * sends many more moves than a scene can be compiled for, so only the latest
 * waiting one is built.
 */
public final class PreviewThrottle {
	/** Milliseconds between two previews. */
	static final int DELAY_MS = 30;
	private final PreviewFeed feed;
	private final String note;
	private Supplier<LightScene> pending;
	private boolean scheduled;

	/** A throttle in front of the feed, for previews of one kind ({@code note}: "Dragging"). */
	public PreviewThrottle(PreviewFeed feed, String note) {
		this.feed = feed;
		this.note = note;
	}

	/** Asks for a preview; the latest request wins. */
	public void request(Supplier<LightScene> scene) {
		pending = scene;
		if (!scheduled) {
			scheduled = true;
			Display.getDefault().timerExec(DELAY_MS, this::flush);
		}
	}

	/** Builds the waiting preview now, if any. */
	public void flush() {
		scheduled = false;
		Supplier<LightScene> s = pending;
		pending = null;
		if (s != null) {
			try {
				feed.preview(s.get(), note);
			} catch (RuntimeException e) {
				// a scene that cannot be compiled mid-drag is just not previewed
			}
		}
	}

	/** Drops a waiting preview and lets the model's scene come back unless a change is on its way. */
	public void end() {
		pending = null;
		feed.endPreviewSoon();
	}
}
