// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import java.util.List;

import org.backlot.ui.api.Actions;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.Shot;
import org.backlot.shots.api.Shots;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;

/** The shot list's actions: Add Shot (Insert), Delete (Delete), Add Set-up and Renumber, each one command. */
final class ShotListActions {
	private final ShotListView view;
	private final Action add;
	private final Action delete;
	private final Action addSetup;
	private final Action renumber;

	ShotListActions(ShotListView view) {
		this.view = view;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		add = Actions.of(Messages.addShot, this::addShot);
		add.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		add.setAccelerator(SWT.INSERT);
		delete = Actions.of(Messages.deleteShots, this::delete);
		delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE));
		delete.setAccelerator(SWT.DEL);
		addSetup = Actions.of(Messages.addSetup, this::addSetup);
		addSetup.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ELEMENT));
		renumber = Actions.of(Messages.renumber, this::renumber);
	}

	void contribute(IToolBarManager bar) {
		bar.add(add);
		bar.add(addSetup);
		bar.add(delete);
		bar.add(renumber);
	}

	void fill(IMenuManager menu) {
		menu.add(add);
		menu.add(addSetup);
		menu.add(delete);
		menu.add(new Separator());
		menu.add(renumber);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	void update() {
		boolean scene = view.scene() != null && view.production() != null;
		add.setEnabled(scene);
		addSetup.setEnabled(scene);
		delete.setEnabled(scene && !view.selectedShots().isEmpty());
		renumber.setEnabled(scene && !Shots.of(view.production(), view.scene()).isEmpty());
	}

	/** Adds a shot after the others on the selected shot's set-up (else the last shot's), and selects it. */
	void addShot() {
		Production p = view.production();
		Scene scene = view.scene();
		if (p == null || scene == null) {
			return;
		}
		List<Shot> selected = view.selectedShots();
		List<Shot> all = Shots.of(p, scene);
		CameraSetup setup = !selected.isEmpty() ? selected.get(0).getSetup() : all.isEmpty() ? null : all.get(all.size() - 1).getSetup();
		Shot[] made = new Shot[1];
		view.edit(NLS.bind(Messages.addShotLabel, Shots.nextNumber(p, scene)), () -> made[0] = Shots.create(p, scene, setup));
		if (made[0] != null) {
			view.showScene(scene);
			view.select(made[0]);
		}
	}

	/** Deletes the selected shots with their frames. */
	void delete() {
		Production p = view.production();
		List<Shot> selected = view.selectedShots();
		if (p == null || selected.isEmpty()) {
			return;
		}
		String names = String.join(", ", selected.stream().map(Shot::getNumber).toList()); //$NON-NLS-1$
		view.edit(NLS.bind(Messages.deleteLabel, names), () -> p.getShotList().getShots().removeAll(selected));
	}

	/** A new set-up on the scene's set plan (made when the scene has none): the selected shots move onto it, or a new shot is added on it. */
	void addSetup() {
		Production p = view.production();
		Scene scene = view.scene();
		if (p == null || scene == null) {
			return;
		}
		List<Shot> selected = view.selectedShots();
		Shot[] made = new Shot[1];
		CameraSetup[] setup = new CameraSetup[1];
		view.edit(Messages.addSetupLabel, () -> {
			SetPlan plan = Shots.planFor(p, scene);
			if (plan == null) {
				plan = Shots.createPlan(p, scene);
			}
			setup[0] = Shots.createSetup(p, plan, null);
			if (selected.isEmpty()) {
				made[0] = Shots.create(p, scene, setup[0]);
			} else {
				for (Shot s : selected) {
					s.setSetup(setup[0]);
				}
			}
		});
		if (made[0] != null) {
			view.showScene(scene);
			view.select(made[0]);
		}
	}

	/** Numbers the scene's shots again without gaps. */
	void renumber() {
		Production p = view.production();
		Scene scene = view.scene();
		if (p == null || scene == null) {
			return;
		}
		view.edit(NLS.bind(Messages.renumberLabel, scene.getNumber()), () -> Shots.renumber(p, scene));
	}

	/** The Add Shot action (tests). */
	Action addAction() {
		return add;
	}
}
