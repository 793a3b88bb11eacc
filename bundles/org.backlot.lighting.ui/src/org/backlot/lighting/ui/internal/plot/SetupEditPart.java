// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.PlacedFixture;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.lighting.LedWall;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.shots.CameraSetup;
import org.backlot.ui.internal.plan.FloorFigure;
import org.backlot.ui.internal.plan.FloorPart;
import org.backlot.ui.internal.plan.PlanFigure;
import org.backlot.ui.internal.plan.PlanLook;
import org.backlot.ui.internal.plan.PlanScale;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.gef.EditPolicy;
import org.eclipse.swt.graphics.Color;

/** The set-up: the set's floor, walls and LED wall, and as children its pieces, the actors' marks, the camera and the lamps. */
final class SetupEditPart extends FloorPart {
	/** The light plot's look: a dark stage floor with light walls, so that the beams show. */
	static final PlanLook LOOK = new PlanLook(new Color(52, 55, 62), new Color(70, 74, 82), new Color(190, 184, 170), 5, false,
			new Color(150, 180, 220), ColorConstants.white, new Color(215, 70, 70));
	/** How far beyond the floor's edge a beam is drawn, metres. */
	static final double BEYOND_M = 0.3;
	private final PlotContext context;
	private IFigure ghosts;

	/** The part of a set-up. */
	SetupEditPart(LightingSetup setup, PlotContext context) {
		super(setup, LOOK);
		this.context = context;
	}

	/** The set-up. */
	LightingSetup setup() {
		return (LightingSetup) getModel();
	}

	@Override
	public double[] floorSize() {
		return Setups.floor(setup());
	}

	@Override
	protected SetGeometry set() {
		return setup().getSet();
	}

	@Override
	protected FloorFigure createFloor() {
		return new StageFloorFigure(LOOK);
	}

	@Override
	protected IFigure createFigure() {
		PlanFigure figure = (PlanFigure) super.createFigure();
		// a proposal's ghost lamps lie over the beams, under the parts' figures
		ghosts = figure.addLayer();
		return figure;
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new PlotLayoutPolicy(context));
	}

	@Override
	protected List<Object> getModelChildren() {
		List<Object> out = new ArrayList<>();
		LightingSetup s = setup();
		if (s.getSet() != null) {
			out.addAll(s.getSet().getPieces());
		}
		out.addAll(Setups.marks(s));
		if (s.getCameraSetup() != null) {
			out.add(s.getCameraSetup());
		}
		out.addAll(s.getFixtures());
		return out;
	}

	@Override
	protected void refreshVisuals() {
		super.refreshVisuals();
		Point[] led = null;
		SetGeometry set = set();
		LedWall l = set == null ? null : set.getLedWall();
		if (l != null) {
			PlanScale scale = scale();
			led = new Point[] { scale.toPx(l.getX1(), l.getY1()), scale.toPx(l.getX2(), l.getY2()) };
		}
		((StageFloorFigure) planFigure().floor()).setLedWall(led);
	}

	@Override
	protected List<Notifier> notifiers() {
		List<Notifier> out = new ArrayList<>();
		LightingSetup s = setup();
		out.add(s);
		if (s.getSet() != null) {
			out.add(s.getSet());
			out.add(s.getSet().getLedWall());
			out.addAll(s.getSet().getWalls());
		}
		CameraSetup c = s.getCameraSetup();
		if (c != null) {
			out.add(c.getSetPlan());
		}
		return out;
	}

	/** Draws a proposal's lamps as ghosts (empty: none). */
	void showGhosts(List<PlacedFixture> lamps) {
		IFigure layer = ghosts();
		for (Object child : new ArrayList<Object>(layer.getChildren())) {
			layer.remove((IFigure) child);
		}
		PlanScale scale = scale();
		double[] size = floorSize();
		double cap = Math.hypot(size[0], size[1]);
		for (PlacedFixture p : lamps) {
			double angle = p.type() != null && p.type().getBeamAngle() > 0 ? p.type().getBeamAngle() : 40;
			PointList beam = new PointList();
			for (double[] m : onFloor(BeamShape.outline(p.x(), p.y(), p.z(), p.pan(), p.tilt(), angle, cap))) {
				beam.addPoint(scale.toPx(m[0], m[1]));
			}
			String role = p.role() != null && !p.role().isBlank() ? p.role() : p.type() == null ? "" : p.type().getName(); //$NON-NLS-1$
			layer.add(new GhostFigure(beam, scale.toPx(p.x(), p.y()), role, Tints.of(p.type(), p.gel())));
		}
	}

	/** The part of a beam's outline on the floor (and a little beyond its edge, where the walls stand). */
	List<double[]> onFloor(List<double[]> outline) {
		double[] size = floorSize();
		return BeamShape.clip(outline, -BEYOND_M, -BEYOND_M, size[0] + BEYOND_M, size[1] + BEYOND_M);
	}

	/** How many ghosts are drawn (for tests). */
	int ghostCount() {
		return ghosts().getChildren().size();
	}

	private IFigure ghosts() {
		getFigure();
		return ghosts;
	}
}
