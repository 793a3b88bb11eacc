// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.SetPlan;
import org.backlot.ui.api.Actions;
import org.backlot.ui.internal.plan.EmfCommand;
import org.backlot.ui.internal.plan.MarkPart;
import org.backlot.ui.internal.plan.PlanZoom;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;

/**
 * The view's toolbar: create the plan, add a camera, a mark or a move, pan
 * the selected cameras, zoom. Every change goes through the edit domain's
 * command stack, which forwards it to the production's.
 */
final class BlockingActions {
	private final GraphicalViewer viewer;
	private final PlanContext context;
	private final Action createPlan = Actions.of(Messages.createPlan, Messages.createPlanTip, this::createPlan);
	private final Action addCamera = Actions.of(Messages.addCamera, Messages.addCameraTip, this::addCamera);
	private final Action addMark = Actions.of(Messages.addMark, Messages.addMarkTip, this::addMark);
	private final Action addMove = Actions.of(Messages.addMove, Messages.addMoveTip, this::addMove);
	private final Action panLeft = Actions.of(Messages.rotateLeft, Messages.rotateLeft, () -> pan(BlockingKeyHandler.STEP));
	private final Action panRight = Actions.of(Messages.rotateRight, Messages.rotateRight, () -> pan(-BlockingKeyHandler.STEP));
	private final List<Action> zoom;

	/** The actions of a viewer whose root is scalable. */
	BlockingActions(GraphicalViewer viewer, PlanContext context, ZoomManager zoomManager) {
		this.viewer = viewer;
		this.context = context;
		zoom = PlanZoom.actions(zoomManager, () -> zoomManager.setZoomAsText(ZoomManager.FIT_ALL));
	}

	/** Puts the actions on a toolbar. */
	void fill(IToolBarManager bar) {
		bar.add(createPlan);
		bar.add(addCamera);
		bar.add(addMark);
		bar.add(addMove);
		bar.add(new Separator());
		bar.add(panLeft);
		bar.add(panRight);
		bar.add(new Separator());
		zoom.forEach(bar::add);
	}

	/** Enables what makes sense for the plan shown (null: none) and the diagram's selection. */
	void update(SetPlan plan) {
		boolean scene = context.production() != null && context.scene() != null;
		createPlan.setEnabled(scene && plan == null);
		addCamera.setEnabled(plan != null);
		addMark.setEnabled(plan != null);
		addMove.setEnabled(plan != null && selectedMarks().size() == 2);
		boolean camera = plan != null && viewer.getSelectedEditParts().stream().anyMatch(CameraEditPart.class::isInstance);
		panLeft.setEnabled(camera);
		panRight.setEnabled(camera);
	}

	/** Runs an EMF command through the edit domain's (forwarding) command stack. */
	void run(org.eclipse.emf.common.command.Command command) {
		EmfCommand.execute(viewer, command);
	}

	/** Creates the scene's plan. */
	void createPlan() {
		Production p = context.production();
		EditingDomain domain = context.domain();
		if (p != null && domain != null && context.scene() != null && ScenePlans.planOf(p, context.scene()) == null) {
			run(BlockingCommands.createPlan(domain, p, context.scene()));
		}
	}

	private SetPlan plan() {
		Object contents = viewer.getContents() == null ? null : viewer.getContents().getModel();
		return contents instanceof SetPlan plan ? plan : null;
	}

	private void addCamera() {
		SetPlan plan = plan();
		if (plan != null && context.domain() != null) {
			run(BlockingCommands.addCamera(context.domain(), context.production(), plan));
		}
	}

	private void addMark() {
		SetPlan plan = plan();
		if (plan != null && context.domain() != null) {
			CastMember actor = context.scene() == null ? null : ScenePlans.nextUnmarked(context.production(), context.scene(), plan);
			run(BlockingCommands.addMark(context.domain(), plan, actor));
		}
	}

	private void addMove() {
		SetPlan plan = plan();
		List<ActorMark> marks = selectedMarks();
		if (plan != null && marks.size() == 2 && context.domain() != null) {
			run(BlockingCommands.addMove(context.domain(), plan, marks.get(0), marks.get(1)));
		}
	}

	/** Pans every selected camera by {@code degrees} (counter-clockwise), as one command. */
	void pan(double degrees) {
		EditingDomain domain = context.domain();
		if (domain == null) {
			return;
		}
		List<org.eclipse.emf.common.command.Command> all = new ArrayList<>();
		for (Object part : viewer.getSelectedEditParts()) {
			if (part instanceof CameraEditPart c) {
				all.add(BlockingCommands.pan(domain, c.setup(), c.setup().getPan() + degrees));
			}
		}
		EmfCommand.executeAll(viewer, all);
	}

	private List<ActorMark> selectedMarks() {
		List<ActorMark> out = new ArrayList<>();
		for (Object part : viewer.getSelectedEditParts()) {
			if (part instanceof MarkPart m) {
				out.add(m.mark());
			}
		}
		return out;
	}
}
