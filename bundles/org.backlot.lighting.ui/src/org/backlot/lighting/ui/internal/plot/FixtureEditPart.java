// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.ui.internal.plan.NodePart;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.gef.EditPart;
import org.eclipse.osgi.util.NLS;

/**
 * A lamp of the set-up: its glyph (movable, with an aim handle when selected)
 * and its beam on the floor. While it is dragged or aimed the beam follows the
 * pointer before the model changes.
 */
final class FixtureEditPart extends NodePart {
	private final BeamFigure beam = new BeamFigure();

	/** The part of a lamp. */
	FixtureEditPart(Fixture fixture) {
		super(fixture);
	}

	/** The lamp. */
	Fixture fixture() {
		return (Fixture) getModel();
	}

	@Override
	protected IFigure createFigure() {
		return new LampFigure();
	}

	@Override
	public boolean movable() {
		return true;
	}

	@Override
	protected List<Notifier> notifiers() {
		List<Notifier> out = new ArrayList<>();
		out.add(fixture());
		if (fixture().getType() != null) {
			out.add(fixture().getType());
		}
		return out;
	}

	@Override
	public double[] position() {
		return new double[] { fixture().getX(), fixture().getY() };
	}

	@Override
	protected void updateFigure() {
		Fixture f = fixture();
		show(f.getX(), f.getY(), f.getPan());
	}

	/** Shows the lamp's glyph turned to {@code pan} and its beam as if it stood at (x, y): drag feedback, or the model. */
	void show(double x, double y, double pan) {
		Fixture f = fixture();
		FixtureType type = f.getType();
		String text = NLS.bind(Messages.lampLabel, f.getName(), Math.round(f.getDimmer() * 100));
		((LampFigure) getFigure()).setLamp(text, type == null ? null : type.getKind(), pan, Tints.of(type, f.getGel()), f.isOff(), tooltip(f));
		if (f.isOff()) {
			beam.clear();
			return;
		}
		double cap = cap();
		double beamAngle = type != null && type.getBeamAngle() > 0 ? type.getBeamAngle() : 40;
		double fieldAngle = type != null && type.getFieldAngle() > beamAngle ? type.getFieldAngle() : beamAngle * 1.5;
		beam.setBeam(px(onFloor(BeamShape.outline(x, y, f.getZ(), pan, f.getTilt(), beamAngle, cap))),
				px(onFloor(BeamShape.outline(x, y, f.getZ(), pan, f.getTilt(), fieldAngle, cap))), Tints.of(type, f.getGel()),
				getSelected() != EditPart.SELECTED_NONE, false);
	}

	private List<double[]> onFloor(List<double[]> outline) {
		return setupPart().onFloor(outline);
	}

	private double cap() {
		double[] floor = setupPart().floorSize();
		return Math.hypot(floor[0], floor[1]);
	}

	private PointList px(List<double[]> metres) {
		PointList out = new PointList();
		for (double[] m : metres) {
			Point p = toPx(m[0], m[1]);
			out.addPoint(p);
		}
		return out;
	}

	private String tooltip(Fixture f) {
		String type = f.getType() == null ? Messages.noType : f.getType().getName();
		Gel gel = f.getGel() == null ? Gel.NONE : f.getGel();
		double throwM = BeamShape.throwM(f.getZ(), f.getTilt(), cap());
		return NLS.bind(Messages.lampTip, new Object[] { f.getName(), type, one(f.getZ()), Math.round(f.getPan()), Math.round(f.getTilt()),
				Math.round(f.getDimmer() * 100), org.backlot.lighting.ui.internal.Labels.gel(gel), one(throwM) }) + (f.isOff() ? "\n" + Messages.lampOff : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String one(double v) {
		return String.format(java.util.Locale.ROOT, "%.1f", v); //$NON-NLS-1$
	}

	private SetupEditPart setupPart() {
		return (SetupEditPart) floorPart();
	}

	/** Shows the model again after drag feedback. */
	void refreshVisualsNow() {
		refreshVisuals();
	}

	/** The glyph's centre in absolute (viewer) coordinates. */
	Point absoluteCentre() {
		Point c = ((LampFigure) getFigure()).centre();
		getFigure().translateToAbsolute(c);
		return c;
	}

	@Override
	protected void createEditPolicies() {
		// the set-up's layout policy installs the drag policy with the aim handle
	}

	@Override
	protected void fireSelectionChanged() {
		super.fireSelectionChanged();
		if (isActive()) {
			updateFigure();
		}
	}

	@Override
	public void addNotify() {
		setupPart().under().add(beam);
		super.addNotify();
	}

	@Override
	public void removeNotify() {
		if (beam.getParent() != null) {
			beam.getParent().remove(beam);
		}
		super.removeNotify();
	}
}
