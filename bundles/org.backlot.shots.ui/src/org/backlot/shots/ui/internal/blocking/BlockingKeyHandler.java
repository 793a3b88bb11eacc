// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;

/** Keys of the diagram: with cameras selected, Left/Right pan them 5 degrees; otherwise GEF's navigation. */
final class BlockingKeyHandler extends GraphicalViewerKeyHandler {
	/** Degrees per key press. */
	static final double STEP = 5;
	private final Runnable left;
	private final Runnable right;

	/** A handler that runs {@code panLeft}/{@code panRight} when a camera is selected. */
	BlockingKeyHandler(GraphicalViewer viewer, Runnable panLeft, Runnable panRight) {
		super(viewer);
		left = panLeft;
		right = panRight;
	}

	@Override
	public boolean keyPressed(KeyEvent event) {
		boolean plain = (event.stateMask & SWT.MODIFIER_MASK) == 0;
		if (plain && cameraSelected() && (event.keyCode == SWT.ARROW_LEFT || event.keyCode == SWT.ARROW_RIGHT)) {
			(event.keyCode == SWT.ARROW_LEFT ? left : right).run();
			return true;
		}
		return super.keyPressed(event);
	}

	private boolean cameraSelected() {
		for (Object part : getViewer().getSelectedEditParts()) {
			if (part instanceof CameraEditPart) {
				return true;
			}
		}
		return false;
	}
}
