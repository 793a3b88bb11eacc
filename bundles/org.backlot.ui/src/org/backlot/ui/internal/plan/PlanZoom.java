// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.List;

import org.backlot.ui.api.Actions;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.jface.action.Action;

/** A floor plan's zoom actions for a view's toolbar: Zoom In, Zoom Out and Fit. */
public final class PlanZoom {
	private PlanZoom() {
	}

	/** Zoom In and Zoom Out on the zoom manager, then Fit, which runs {@code fit}. */
	public static List<Action> actions(ZoomManager zoom, Runnable fit) {
		ZoomInAction in = new ZoomInAction(zoom);
		in.setText(Messages.zoomIn);
		in.setToolTipText(Messages.zoomIn);
		ZoomOutAction out = new ZoomOutAction(zoom);
		out.setText(Messages.zoomOut);
		out.setToolTipText(Messages.zoomOut);
		return List.of(in, out, Actions.of(Messages.zoomFit, fit));
	}
}
