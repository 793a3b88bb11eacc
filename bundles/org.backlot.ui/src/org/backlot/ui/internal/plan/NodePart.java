// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.GraphicalEditPart;

/**
 * A thing that stands at a point of a {@link FloorPart}'s floor (camera, mark,
 * piece, lamp): it redraws when its model object changes and places its
 * figure by the figure's {@link Anchored anchor}.
 */
public abstract class NodePart extends ModelPart {
	/** A part for the model object. */
	protected NodePart(EObject model) {
		setModel(model);
	}

	/** The model object. */
	public EObject object() {
		return (EObject) getModel();
	}

	/** True when the user may drag it (override to allow). */
	public boolean movable() {
		return false;
	}

	/** Its floor position in metres: {x, y}. */
	public abstract double[] position();

	/** Brings the figure up to date with the model (not its place). */
	protected abstract void updateFigure();

	/** Its model object (override to add others whose changes show on it). */
	@Override
	protected List<Notifier> notifiers() {
		return List.of(object());
	}

	/** The floor part above. */
	public FloorPart floorPart() {
		return (FloorPart) getParent();
	}

	/** How the diagram draws. */
	protected PlanLook look() {
		return floorPart().look();
	}

	/** The scale of the floor shown. */
	public PlanScale scale() {
		return floorPart().scale();
	}

	/** The diagram point (pixels) of a floor position. */
	public Point toPx(double x, double y) {
		return scale().toPx(x, y);
	}

	@Override
	protected void createEditPolicies() {
		// selection and drag come from the floor's layout policy
	}

	@Override
	protected void refreshVisuals() {
		updateFigure();
		place(position());
	}

	/** Places the figure at a floor position (metres) without changing the model. */
	public void place(double[] at) {
		IFigure f = getFigure();
		Point anchor = ((Anchored) f).anchor();
		Dimension size = f.getPreferredSize();
		Point p = toPx(at[0], at[1]);
		((GraphicalEditPart) getParent()).setLayoutConstraint(this, f, new Rectangle(p.x - anchor.x, p.y - anchor.y, size.width, size.height));
	}

	/** The floor position (metres) that a constraint rectangle of this part's figure stands for. */
	public double[] positionFor(Rectangle constraint) {
		Point p = constraint.getTopLeft().getTranslated(((Anchored) getFigure()).anchor());
		return new double[] { scale().xOf(p), scale().yOf(p) };
	}

	@Override
	protected void changed() {
		refreshVisuals();
	}
}
