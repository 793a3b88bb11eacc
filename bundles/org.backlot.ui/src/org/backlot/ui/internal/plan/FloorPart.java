// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.Wall;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.Request;
import org.eclipse.gef.tools.MarqueeDragTracker;

/**
 * A diagram's contents: a set's floor and walls, with the {@link NodePart}s
 * standing on it as children. It refreshes (and listens anew) on every change
 * of its notifiers; dragging on the floor selects what the rectangle encloses.
 */
public abstract class FloorPart extends ModelPart {
	private final PlanLook look;

	/** The part of a model object, drawn in the look. */
	protected FloorPart(Object model, PlanLook look) {
		this.look = look;
		setModel(model);
	}

	/** How the diagram draws. */
	public PlanLook look() {
		return look;
	}

	/** The floor's width and depth in metres: {width, depth}. */
	public abstract double[] floorSize();

	/** The set whose walls stand on the floor, or null. */
	protected abstract SetGeometry set();

	/** The scale of the floor shown. */
	public PlanScale scale() {
		return new PlanScale(floorSize()[1]);
	}

	/** The whole plan figure. */
	public PlanFigure planFigure() {
		return (PlanFigure) getFigure();
	}

	/** The layer where fields of view and beams lie on the floor, under the parts' figures. */
	public IFigure under() {
		return planFigure().under();
	}

	/** The floor figure of this part (override to draw more on the floor). */
	protected FloorFigure createFloor() {
		return new FloorFigure(look);
	}

	@Override
	protected IFigure createFigure() {
		return new PlanFigure(createFloor());
	}

	@Override
	public IFigure getContentPane() {
		return planFigure().content();
	}

	@Override
	public DragTracker getDragTracker(Request request) {
		// dragging on the floor selects what the rectangle encloses
		return new MarqueeDragTracker();
	}

	@Override
	protected void refreshVisuals() {
		double[] size = floorSize();
		PlanScale scale = scale();
		Point topLeft = scale.toPx(0, size[1]);
		Rectangle floor = new Rectangle(topLeft.x, topLeft.y, PlanScale.px(size[0]), PlanScale.px(size[1]));
		List<Point[]> walls = new ArrayList<>();
		SetGeometry set = set();
		if (set != null) {
			for (Wall w : set.getWalls()) {
				walls.add(new Point[] { scale.toPx(w.getX1(), w.getY1()), scale.toPx(w.getX2(), w.getY2()) });
			}
		}
		PlanFigure figure = planFigure();
		figure.floor().setFloor(floor, PlanScale.PX_PER_M, walls);
		// the floor figure spans the floor and a margin, so that walls just outside still show
		figure.setConstraint(figure.floor(), floor.getExpanded(PlanScale.MARGIN, PlanScale.MARGIN));
	}

	@Override
	protected void changed() {
		rewatch();
		refresh();
	}
}
