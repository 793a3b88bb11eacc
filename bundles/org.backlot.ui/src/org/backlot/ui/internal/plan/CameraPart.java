// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.function.DoubleBinaryOperator;

import org.backlot.model.shots.CameraSetup;
import org.eclipse.draw2d.IFigure;
import org.eclipse.osgi.util.NLS;

/** A camera set-up on the floor: its glyph and label, and its field of view as a wedge on the floor's under layer. */
public class CameraPart extends NodePart {
	private final String labelPattern;
	private final double wedgeM;
	private final DoubleBinaryOperator fov;
	private final FovFigure wedge = new FovFigure();

	/**
	 * The part of a set-up, labelled by {@code labelPattern} ({0} the name, {1} the lens in mm), with a wedge
	 * {@code wedgeM} metres long whose angle (degrees) {@code fov} gives from the lens and sensor width in mm.
	 */
	public CameraPart(CameraSetup setup, String labelPattern, double wedgeM, DoubleBinaryOperator fov) {
		super(setup);
		this.labelPattern = labelPattern;
		this.wedgeM = wedgeM;
		this.fov = fov;
	}

	/** The set-up. */
	public CameraSetup setup() {
		return (CameraSetup) getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new CameraFigure(look());
	}

	@Override
	public double[] position() {
		return new double[] { setup().getX(), setup().getY() };
	}

	/** True when the camera is drawn faint (override; false). */
	protected boolean dimmed() {
		return false;
	}

	/** True when the camera and its wedge are drawn highlighted (override; false). */
	protected boolean highlighted() {
		return false;
	}

	@Override
	protected void updateFigure() {
		show(dimmed(), highlighted(), highlighted());
	}

	/** Shows the glyph and the wedge, faint or not, each highlighted or not. */
	protected final void show(boolean dim, boolean glyphHighlight, boolean wedgeHighlight) {
		CameraSetup c = setup();
		String lens = c.getLensMm() == Math.rint(c.getLensMm()) ? String.valueOf((long) c.getLensMm()) : String.valueOf(c.getLensMm());
		((CameraFigure) getFigure()).setCamera(NLS.bind(labelPattern, c.getName(), lens), c.getPan(), dim, glyphHighlight);
		double degrees = fov.applyAsDouble(c.getLensMm(), c.getSensorWidthMm());
		wedge.setWedge(toPx(c.getX(), c.getY()), PlanScale.px(wedgeM), c.getPan(), degrees, dim, wedgeHighlight);
	}

	@Override
	public void addNotify() {
		floorPart().under().add(wedge);
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
