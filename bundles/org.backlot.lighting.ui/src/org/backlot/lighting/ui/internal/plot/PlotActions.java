// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.backlot.lighting.ui.internal.Icons;
import org.backlot.lighting.ui.internal.LightingCommands;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.ui.api.Actions;
import org.backlot.ui.internal.plan.EmfCommand;
import org.backlot.ui.internal.plan.PlanZoom;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;

/**
 * The plot's actions, on the toolbar, the view menu and the keys: pan, tilt,
 * dim, nudge, switch off and delete the selected lamps, zoom. Each gesture is
 * one command on the production's stack, whatever number of lamps it touches.
 */
final class PlotActions {
	/** Degrees per pan or tilt step. */
	static final double STEP_DEGREES = 5;
	/** Dimmer change per step. */
	static final double DIM_STEP = 0.1;
	/** Metres per nudge. */
	static final double NUDGE_M = 0.1;
	private final GraphicalViewer viewer;
	private final PlotContext context;
	private final Action newSetup;
	private final Action delete = Actions.of(Messages.deleteLamps, this::delete);
	private final Action panLeft = Actions.of(Messages.panLeft, () -> pan(STEP_DEGREES));
	private final Action panRight = Actions.of(Messages.panRight, () -> pan(-STEP_DEGREES));
	private final Action tiltUp = Actions.of(Messages.tiltUp, () -> tilt(STEP_DEGREES));
	private final Action tiltDown = Actions.of(Messages.tiltDown, () -> tilt(-STEP_DEGREES));
	private final Action brighter = Actions.of(Messages.brighter, () -> dim(DIM_STEP));
	private final Action darker = Actions.of(Messages.darker, () -> dim(-DIM_STEP));
	private final Action switchOff = Actions.of(Messages.switchOff, this::toggleOff);
	private final List<Action> zoom;

	/** The actions of a viewer whose root is scalable; {@code createSetup} makes a set-up (asking for the camera), {@code fitAll} shows the whole floor. */
	PlotActions(GraphicalViewer viewer, PlotContext context, ZoomManager zoomManager, Runnable createSetup, Runnable fitAll) {
		this.viewer = viewer;
		this.context = context;
		newSetup = Actions.of(Messages.newSetup, Messages.newSetupTip, createSetup);
		newSetup.setImageDescriptor(Icons.of("new-setup.png")); //$NON-NLS-1$
		zoom = PlanZoom.actions(zoomManager, fitAll);
	}

	/** The Delete action, for the workbench's Edit > Delete. */
	Action deleteAction() {
		return delete;
	}

	/** Puts the actions on the toolbar and in the view menu. */
	void fill(IToolBarManager bar, IMenuManager menu) {
		bar.add(newSetup);
		bar.add(new Separator());
		zoom.forEach(bar::add);
		menu.add(newSetup);
		menu.add(new Separator());
		for (Action a : new Action[] { panLeft, panRight, tiltUp, tiltDown, brighter, darker, switchOff, delete }) {
			menu.add(a);
		}
	}

	/** Enables what makes sense for the selection. */
	void update() {
		boolean lamps = !selectedLamps().isEmpty();
		newSetup.setEnabled(context.production() != null);
		for (Action a : new Action[] { delete, panLeft, panRight, tiltUp, tiltDown, brighter, darker, switchOff }) {
			a.setEnabled(lamps);
		}
	}

	/** The lamps selected in the plot. */
	List<Fixture> selectedLamps() {
		List<Fixture> out = new ArrayList<>();
		for (Object part : viewer.getSelectedEditParts()) {
			if (part instanceof FixtureEditPart f) {
				out.add(f.fixture());
			}
		}
		return out;
	}

	/** Pans the selected lamps by {@code degrees} counter-clockwise. */
	void pan(double degrees) {
		each((d, f) -> LightingCommands.pan(d, f, f.getPan() + degrees));
	}

	/** Tilts the selected lamps by {@code degrees} (positive up). */
	void tilt(double degrees) {
		each((d, f) -> LightingCommands.tilt(d, f, f.getTilt() + degrees));
	}

	/** Changes the selected lamps' dimmers by {@code step}. */
	void dim(double step) {
		each((d, f) -> LightingCommands.dimmer(d, f, f.getDimmer() + step));
	}

	/** Moves the selected lamps by (dx, dy) metres. */
	void nudge(double dx, double dy) {
		each((d, f) -> LightingCommands.move(d, f, Math.round((f.getX() + dx) * 100) / 100.0, Math.round((f.getY() + dy) * 100) / 100.0));
	}

	/** Switches the selected lamps off, or on when all are off. */
	void toggleOff() {
		boolean allOff = selectedLamps().stream().allMatch(Fixture::isOff);
		each((d, f) -> LightingCommands.set(d, f, LightingPackage.Literals.FIXTURE__OFF, !allOff, Messages.featureOff));
	}

	/** Deletes the selected lamps. */
	void delete() {
		EditingDomain domain = context.domain();
		List<Fixture> lamps = selectedLamps();
		if (domain != null && !lamps.isEmpty()) {
			EmfCommand.execute(viewer, LightingCommands.delete(domain, lamps));
		}
	}

	private void each(BiFunction<EditingDomain, Fixture, org.eclipse.emf.common.command.Command> command) {
		EditingDomain domain = context.domain();
		if (domain == null) {
			return;
		}
		List<org.eclipse.emf.common.command.Command> all = new ArrayList<>();
		for (Fixture f : selectedLamps()) {
			all.add(command.apply(domain, f));
		}
		EmfCommand.executeAll(viewer, all);
	}
}
