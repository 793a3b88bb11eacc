// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

/** Moves the movable {@link NodePart}s on a floor: each drag becomes one EMF command from the diagram's mover. */
public class PlanLayoutPolicy extends XYLayoutEditPolicy {
	/** Makes a diagram's EMF commands that move a node. */
	@FunctionalInterface
	public interface Mover {
		/** The EMF command that moves the node to (x, y) metres, or null when it cannot. */
		org.eclipse.emf.common.command.Command move(NodePart node, double x, double y);
	}

	private final Mover mover;

	/** A policy whose moves come from the mover. */
	public PlanLayoutPolicy(Mover mover) {
		this.mover = mover;
	}

	@Override
	protected EditPolicy createChildEditPolicy(EditPart child) {
		NonResizableEditPolicy policy = new NonResizableEditPolicy();
		policy.setDragAllowed(child instanceof NodePart n && n.movable());
		return policy;
	}

	@Override
	protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
		if (!(child instanceof NodePart n) || !n.movable() || !(constraint instanceof Rectangle r)) {
			return null;
		}
		double[] xy = n.positionFor(r);
		org.eclipse.emf.common.command.Command emf = mover.move(n, xy[0], xy[1]);
		return emf == null ? null : new EmfCommand(emf);
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		// new things come from the view's toolbar unless a diagram says otherwise
		return null;
	}
}
