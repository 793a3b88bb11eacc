// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

/** Moves cameras, marks and pieces on the plan: each drag becomes one EMF command setting x and y. */
final class PlanLayoutPolicy extends XYLayoutEditPolicy {
	private final PlanContext context;

	/** A policy whose commands go to the context's editing domain. */
	PlanLayoutPolicy(PlanContext context) {
		this.context = context;
	}

	@Override
	protected EditPolicy createChildEditPolicy(EditPart child) {
		NonResizableEditPolicy policy = new NonResizableEditPolicy();
		policy.setDragAllowed(child instanceof NodeEditPart n && n.movable());
		return policy;
	}

	@Override
	protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
		EditingDomain domain = context.domain();
		if (!(child instanceof NodeEditPart n) || !n.movable() || !(constraint instanceof Rectangle r) || domain == null) {
			return null;
		}
		double[] xy = n.positionFor(r);
		org.eclipse.emf.common.command.Command emf = BlockingCommands.move(domain, n.object(), xy[0], xy[1]);
		return emf == null ? null : new EmfCommand(emf);
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		// new things come from the view's toolbar, not from a palette
		return null;
	}
}
