// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.backlot.model.shots.CameraSetup;
import org.backlot.shots.api.FieldOfView;
import org.eclipse.draw2d.IFigure;
import org.eclipse.osgi.util.NLS;

/** A camera set-up: its glyph and label, and its field of view as a wedge under everything else. */
final class CameraEditPart extends NodeEditPart {
	/** How far the wedge reaches, in metres. */
	private static final double WEDGE_M = 4;
	private final FovFigure wedge = new FovFigure();

	/** The part of a set-up. */
	CameraEditPart(CameraSetup setup, PlanContext context) {
		super(setup, context);
	}

	/** The set-up. */
	CameraSetup setup() {
		return (CameraSetup) getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new CameraFigure();
	}

	@Override
	boolean movable() {
		return true;
	}

	@Override
	double[] position() {
		return new double[] { setup().getX(), setup().getY() };
	}

	@Override
	void updateFigure() {
		CameraSetup c = setup();
		boolean dim = !context().inScene(c);
		boolean highlight = context().highlighted(c);
		String lens = c.getLensMm() == Math.rint(c.getLensMm()) ? String.valueOf((long) c.getLensMm()) : String.valueOf(c.getLensMm());
		((CameraFigure) getFigure()).setCamera(NLS.bind(Messages.cameraLabel, c.getName(), lens), c.getPan(), dim, highlight);
		double fov = FieldOfView.horizontalDegrees(c.getLensMm(), c.getSensorWidthMm());
		wedge.setWedge(planPoint(), PlanScale.px(WEDGE_M), c.getPan(), fov, dim, highlight);
	}

	@Override
	public void addNotify() {
		planPart().wedges().add(wedge);
		super.addNotify();
	}

	@Override
	public void removeNotify() {
		if (wedge.getParent() != null) {
			wedge.getParent().remove(wedge);
		}
		super.removeNotify();
	}
}
