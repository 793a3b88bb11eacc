// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;

/**
 * Keys of the plot with lamps selected: Left/Right pan them 5 degrees, Up/Down
 * tilt them 5 degrees, + and - dim them by 10 %, Shift+arrows move them 10 cm,
 * O switches them off or on, Delete removes them. Otherwise GEF's navigation.
 */
final class PlotKeyHandler extends GraphicalViewerKeyHandler {
	private final PlotActions actions;

	/** A handler that runs the plot's actions. */
	PlotKeyHandler(GraphicalViewer viewer, PlotActions actions) {
		super(viewer);
		this.actions = actions;
	}

	@Override
	public boolean keyPressed(KeyEvent event) {
		if (actions.selectedLamps().isEmpty()) {
			return super.keyPressed(event);
		}
		int mods = event.stateMask & SWT.MODIFIER_MASK;
		if (mods == SWT.SHIFT) {
			switch (event.keyCode) {
			case SWT.ARROW_LEFT -> actions.nudge(-PlotActions.NUDGE_M, 0);
			case SWT.ARROW_RIGHT -> actions.nudge(PlotActions.NUDGE_M, 0);
			case SWT.ARROW_UP -> actions.nudge(0, PlotActions.NUDGE_M);
			case SWT.ARROW_DOWN -> actions.nudge(0, -PlotActions.NUDGE_M);
			default -> {
				return plain(event) || super.keyPressed(event);
			}
			}
			return true;
		}
		if (mods != 0) {
			return super.keyPressed(event);
		}
		return plain(event) || super.keyPressed(event);
	}

	private boolean plain(KeyEvent event) {
		switch (event.keyCode) {
		case SWT.ARROW_LEFT -> actions.pan(PlotActions.STEP_DEGREES);
		case SWT.ARROW_RIGHT -> actions.pan(-PlotActions.STEP_DEGREES);
		case SWT.ARROW_UP -> actions.tilt(PlotActions.STEP_DEGREES);
		case SWT.ARROW_DOWN -> actions.tilt(-PlotActions.STEP_DEGREES);
		case SWT.KEYPAD_ADD -> actions.dim(PlotActions.DIM_STEP);
		case SWT.KEYPAD_SUBTRACT -> actions.dim(-PlotActions.DIM_STEP);
		case SWT.DEL, SWT.BS -> actions.delete();
		default -> {
			char c = Character.toLowerCase(event.character);
			if (c == '+' || c == '=') {
				actions.dim(PlotActions.DIM_STEP);
			} else if (c == '-') {
				actions.dim(-PlotActions.DIM_STEP);
			} else if (c == 'o') {
				actions.toggleOff();
			} else {
				return false;
			}
		}
		}
		return true;
	}
}
