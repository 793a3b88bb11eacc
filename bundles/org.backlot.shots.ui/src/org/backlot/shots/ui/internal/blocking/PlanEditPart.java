// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.production.Production;
import org.backlot.model.shots.SetPlan;
import org.backlot.ui.internal.plan.FloorPart;
import org.backlot.ui.internal.plan.PlanLayoutPolicy;
import org.backlot.ui.internal.plan.PlanLook;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPolicy;
import org.eclipse.swt.graphics.Color;

/** The plan: its floor and walls, and as children its pieces, moves, lights, marks and camera set-ups, all but the lights movable. */
final class PlanEditPart extends FloorPart {
	/** The blocking diagram's look: a light paper floor with dark walls. */
	static final PlanLook LOOK = new PlanLook(new Color(250, 247, 238), new Color(222, 218, 205), new Color(70, 62, 55), 4, true,
			new Color(40, 60, 90), ColorConstants.black, new Color(200, 60, 60));
	private final PlanContext context;

	/** The part of a plan. */
	PlanEditPart(SetPlan plan, PlanContext context) {
		super(plan, LOOK);
		this.context = context;
	}

	/** The plan. */
	SetPlan plan() {
		return (SetPlan) getModel();
	}

	@Override
	public double[] floorSize() {
		return new double[] { plan().getWidthM(), plan().getDepthM() };
	}

	@Override
	protected SetGeometry set() {
		return plan().getGeometry();
	}

	@Override
	protected List<Notifier> notifiers() {
		return Arrays.asList(plan(), plan().getGeometry());
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new PlanLayoutPolicy((node, x, y) -> {
			EditingDomain domain = context.domain();
			return domain == null ? null : BlockingCommands.move(domain, node.object(), x, y);
		}));
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
}
