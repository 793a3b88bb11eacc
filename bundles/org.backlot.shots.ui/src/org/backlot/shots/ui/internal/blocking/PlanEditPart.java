// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.lighting.Wall;
import org.backlot.model.production.Production;
import org.backlot.model.shots.SetPlan;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.tools.MarqueeDragTracker;

/** The plan: its floor and walls, and as children its pieces, moves, lights, marks and camera set-ups. */
final class PlanEditPart extends AbstractGraphicalEditPart {
	private final PlanContext context;
	private final Adapter listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification n) {
			if (!n.isTouch() && isActive()) {
				refresh();
			}
		}
	};

	/** The part of a plan. */
	PlanEditPart(SetPlan plan, PlanContext context) {
		this.context = context;
		setModel(plan);
	}

	/** The plan. */
	SetPlan plan() {
		return (SetPlan) getModel();
	}

	/** The shared context. */
	PlanContext context() {
		return context;
	}

	/** Where the cameras put their fields of view. */
	IFigure wedges() {
		return ((PlanFigure) getFigure()).wedges();
	}

	@Override
	protected IFigure createFigure() {
		return new PlanFigure();
	}

	@Override
	public IFigure getContentPane() {
		return ((PlanFigure) getFigure()).content();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new PlanLayoutPolicy(context));
	}

	@Override
	public DragTracker getDragTracker(Request request) {
		// dragging on the floor selects what the rectangle encloses
		return new MarqueeDragTracker();
	}

	@Override
	protected List<Object> getModelChildren() {
		List<Object> out = new ArrayList<>();
		SetPlan plan = plan();
		Production p = context.production();
		if (plan.getGeometry() != null) {
			out.addAll(plan.getGeometry().getPieces());
		}
		out.addAll(plan.getMoves());
		if (p != null) {
			out.addAll(ScenePlans.fixtures(p, plan));
		}
		out.addAll(plan.getMarks());
		if (p != null) {
			out.addAll(ScenePlans.cameras(p, plan));
		}
		return out;
	}

	@Override
	protected void refreshVisuals() {
		SetPlan plan = plan();
		PlanScale scale = PlanContext.scale(plan);
		Point topLeft = scale.toPx(0, plan.getDepthM());
		Rectangle floor = new Rectangle(topLeft.x, topLeft.y, PlanScale.px(plan.getWidthM()), PlanScale.px(plan.getDepthM()));
		List<Point[]> walls = new ArrayList<>();
		if (plan.getGeometry() != null) {
			for (Wall w : plan.getGeometry().getWalls()) {
				walls.add(new Point[] { scale.toPx(w.getX1(), w.getY1()), scale.toPx(w.getX2(), w.getY2()) });
			}
		}
		PlanFigure figure = (PlanFigure) getFigure();
		figure.floor().setFloor(floor, PlanScale.PX_PER_M, walls);
		// the floor figure spans the floor and a margin, so that walls just outside still show
		figure.setConstraint(figure.floor(), floor.getExpanded(PlanScale.MARGIN, PlanScale.MARGIN));
	}

	@Override
	public void activate() {
		super.activate();
		plan().eAdapters().add(listener);
		if (plan().getGeometry() != null) {
			plan().getGeometry().eAdapters().add(listener);
		}
	}

	@Override
	public void deactivate() {
		plan().eAdapters().remove(listener);
		if (plan().getGeometry() != null) {
			plan().getGeometry().eAdapters().remove(listener);
		}
		super.deactivate();
	}
}
