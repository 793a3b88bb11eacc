// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveRegistry;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Renames the perspectives restored from the last session in the current
 * language: the workbench saves their labels, so after a language change the
 * perspective bar would otherwise keep the old one.
 */
final class PerspectiveLabels {
	private PerspectiveLabels() {
	}

	/** Sets each open perspective's label and tooltip from its descriptor; returns how many changed. */
	static int refresh(IWorkbenchWindow window) {
		EModelService models = window.getService(EModelService.class);
		IPerspectiveRegistry registry = window.getWorkbench().getPerspectiveRegistry();
		List<MPerspective> perspectives = models.findElements(window.getService(MWindow.class), null, MPerspective.class);
		int changed = 0;
		for (MPerspective p : perspectives) {
			IPerspectiveDescriptor d = registry.findPerspectiveWithId(p.getElementId());
			if (d != null && !d.getLabel().equals(p.getLabel())) {
				p.setLabel(d.getLabel());
				p.setTooltip(d.getDescription());
				changed++;
			}
		}
		return changed;
	}
}
