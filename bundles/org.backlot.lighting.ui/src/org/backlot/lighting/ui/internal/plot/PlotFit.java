// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;

/**
 * Shows a set-up's whole floor: once the viewer has a size (a view not yet
 * shown has none, and GEF would zoom to nothing), and again whenever the view
 * is resized, until the user zooms by hand.
 */
final class PlotFit {
	private final GraphicalViewer viewer;
	private final ZoomManager zoom;
	private boolean pending;
	private boolean auto;
	private boolean fitting;

	/** Fitting for a viewer and its zoom. */
	PlotFit(GraphicalViewer viewer, ZoomManager zoom) {
		this.viewer = viewer;
		this.zoom = zoom;
		viewer.getControl().addListener(SWT.Resize, e -> {
			pending |= auto;
			fitWhenSized();
		});
		zoom.addZoomListener(z -> auto &= fitting);
	}

	/** Fits the floor as soon as the viewer can show it (a new set-up is shown whole). */
	void fitSoon() {
		pending = true;
		auto = true;
		viewer.getControl().getDisplay().asyncExec(this::fitWhenSized);
	}

	private void fitWhenSized() {
		Point size = viewer.getControl().isDisposed() ? null : viewer.getControl().getSize();
		if (!pending || size == null || size.x < 40 || size.y < 40 || viewer.getContents() == null) {
			return;
		}
		pending = false;
		fit();
	}

	/** Zooms to show the whole floor now (never to nothing), and keeps it whole as the view is resized. */
	void fit() {
		fitting = true;
		try {
			zoom.setZoomAsText(ZoomManager.FIT_ALL);
			if (!(zoom.getZoom() > 0.05)) {
				zoom.setZoom(1);
			}
		} finally {
			fitting = false;
		}
		auto = true;
	}
}
