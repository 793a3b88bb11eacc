// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * A thing that stands at a point of the plan (camera, mark, piece, light):
 * it listens to its model object while active and places its figure by the
 * figure's {@link Anchored anchor}.
 */
abstract class NodeEditPart extends AbstractGraphicalEditPart {
	private final PlanContext context;
	private final List<Notifier> watched = new ArrayList<>();
	private final Adapter listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification n) {
			if (!n.isTouch() && isActive()) {
				refreshVisuals();
			}
		}
	};

	/** A part for the model object. */
	NodeEditPart(EObject model, PlanContext context) {
		this.context = context;
		setModel(model);
	}

	/** The model object. */
	EObject object() {
		return (EObject) getModel();
	}

	/** The shared context. */
	PlanContext context() {
		return context;
	}

	/** True when the user may drag it. */
	abstract boolean movable();

	/** Its plan position in metres: {x, y}. */
	abstract double[] position();

	/** Brings the figure up to date with the model (not its place). */
	abstract void updateFigure();

	/** The objects whose changes show on this part besides its model (override to add). */
	List<Notifier> notifiers() {
		return List.of(object());
	}

	/** The plan part above. */
	PlanEditPart planPart() {
		return (PlanEditPart) getParent();
	}

	/** The scale of the plan shown. */
	PlanScale scale() {
		return PlanContext.scale(planPart().plan());
	}

	/** The diagram point (pixels) of the part's plan position. */
	Point planPoint() {
		double[] p = position();
		return scale().toPx(p[0], p[1]);
	}

	@Override
	protected void createEditPolicies() {
		// selection and drag come from the plan's layout policy
	}

	@Override
	protected void refreshVisuals() {
		updateFigure();
		IFigure f = getFigure();
		Point anchor = ((Anchored) f).anchor();
		Dimension size = f.getPreferredSize();
		Point at = planPoint();
		Rectangle r = new Rectangle(at.x - anchor.x, at.y - anchor.y, size.width, size.height);
		((GraphicalEditPart) getParent()).setLayoutConstraint(this, f, r);
	}

	/** The plan position (metres) that a constraint rectangle of this part's figure stands for. */
	double[] positionFor(Rectangle constraint) {
		Point p = constraint.getTopLeft().getTranslated(((Anchored) getFigure()).anchor());
		return new double[] { scale().xOf(p), scale().yOf(p) };
	}

	@Override
	public void activate() {
		super.activate();
		for (Notifier n : notifiers()) {
			if (n != null) {
				n.eAdapters().add(listener);
				watched.add(n);
			}
		}
	}

	@Override
	public void deactivate() {
		for (Notifier n : watched) {
			n.eAdapters().remove(listener);
		}
		watched.clear();
		super.deactivate();
	}
}
