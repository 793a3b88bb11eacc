// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.production.Production;
import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Assets;
import org.backlot.ui.api.Actions;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;

/**
 * Add, Duplicate and Delete in the register shown (toolbar, context menu,
 * Ctrl+N, Ctrl+D and Delete in the table), each one undoable command, the new
 * records selected; and, for an LED-wall environment, "Use on the LED Wall
 * of" each lighting set of the open production that has one.
 */
final class RecordActions {
	/** Asks whether to delete the bookings too, or says why a delete is refused (replaced by tests). */
	interface Asker {
		/** Whether to go on deleting the records and their bookings. */
		boolean removeBookings(Shell shell, String question);

		/** Says why the records cannot be deleted. */
		void refuse(Shell shell, String why);
	}

	/** How the user is asked; tests replace it. */
	static Asker asker = new Asker() {
		@Override
		public boolean removeBookings(Shell shell, String question) {
			return MessageDialog.openQuestion(shell, Messages.deleteTitle, question);
		}

		@Override
		public void refuse(Shell shell, String why) {
			MessageDialog.openInformation(shell, Messages.deleteTitle, why);
		}
	};

	private final RegistersView view;
	private final Action add;
	private final Action duplicate;
	private final Action delete;

	RecordActions(RegistersView view) {
		this.view = view;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		add = Actions.of(Messages.addAction, Messages.addTip, this::add);
		add.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		duplicate = Actions.of(Messages.duplicateAction, Messages.duplicateTip, this::duplicate);
		duplicate.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		delete = Actions.of(Messages.deleteAction, Messages.deleteTip, this::delete);
		delete.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
		delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
	}

	Action addAction() {
		return add;
	}

	Action duplicateAction() {
		return duplicate;
	}

	Action deleteAction() {
		return delete;
	}

	/** Enables the actions for the studio and the selection. */
	void update() {
		boolean editable = view.studio() != null && view.domain() != null;
		boolean selected = editable && !view.selected().isEmpty();
		add.setEnabled(editable);
		duplicate.setEnabled(selected);
		delete.setEnabled(selected);
	}

	/**
	 * The table's keys: Insert adds, Ctrl+D duplicates (Ctrl+N stays the workbench's New), Delete deletes (the
	 * workbench's Delete reaches the same action as the view's global delete handler).
	 */
	void key(Event e) {
		if (e.keyCode == SWT.INSERT && e.stateMask == 0) {
			e.doit = false;
			add();
		} else if ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'd') {
			e.doit = false;
			duplicate();
		} else if (e.keyCode == SWT.DEL && e.stateMask == 0) {
			e.doit = false;
			delete();
		}
	}

	/** Fills the table's context menu for the selection. */
	void fill(IMenuManager menu) {
		update();
		menu.add(add);
		menu.add(duplicate);
		menu.add(delete);
		List<StudioResource> selected = view.selected();
		if (selected.size() == 1 && selected.get(0) instanceof DigitalAsset a && a.getKind() == AssetKind.LED_ENVIRONMENT) {
			menu.add(new Separator());
			menu.add(ledWalls(a));
		}
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private MenuManager ledWalls(DigitalAsset a) {
		MenuManager m = new MenuManager(Messages.useOnLedWall);
		List<Action> walls = ledWallActions(a);
		if (walls.isEmpty()) {
			Action none = new Action(Messages.noLedWall) {
			};
			none.setEnabled(false);
			m.add(none);
		}
		walls.forEach(m::add);
		return m;
	}

	/** An action per lighting set of the open production that has an LED wall, making the environment its picture. */
	List<Action> ledWallActions(DigitalAsset a) {
		List<Action> out = new ArrayList<>();
		Production p = view.production();
		EditingDomain d = view.domain();
		if (p == null || d == null || p.getLighting() == null) {
			return out;
		}
		for (SetGeometry set : p.getLighting().getSets()) {
			if (set.getLedWall() != null) {
				Action act = Actions.of(set.getName() == null || set.getName().isBlank() ? Messages.unnamedSet : set.getName().replace("&", "&&"), //$NON-NLS-1$ //$NON-NLS-2$
						() -> {
							if (set.getLedWall() != null) {
								view.execute(Assets.useAsLedPicture(d, set.getLedWall(), a));
							}
						});
				act.setEnabled(Assets.useAsLedPicture(d, set.getLedWall(), a).canExecute());
				out.add(act);
			}
		}
		return out;
	}

	/** Adds a new record to the register shown and selects it. */
	void add() {
		Studio s = view.studio();
		EditingDomain d = view.domain();
		if (s == null || d == null) {
			return;
		}
		Register r = view.register();
		StudioResource record = Records.create(r, s);
		if (view.execute(Records.add(d, s, r, List.of(record), NLS.bind(Messages.addLabel, r.title())))) {
			view.select(List.of(record));
		}
	}

	/** Adds a copy of each selected record and selects the copies. */
	void duplicate() {
		Studio s = view.studio();
		EditingDomain d = view.domain();
		List<StudioResource> selected = view.selected();
		if (s == null || d == null || selected.isEmpty()) {
			return;
		}
		List<StudioResource> copies = new ArrayList<>();
		for (StudioResource r : selected) {
			copies.add(Records.copy(r, s, copies));
		}
		if (view.execute(Records.add(d, s, view.register(), copies, NLS.bind(Messages.duplicateLabel, copies.size())))) {
			view.select(copies);
		}
	}

	/** Deletes the selected records, with their bookings when the user agrees; refused when anything else refers to them. */
	void delete() {
		Studio s = view.studio();
		EditingDomain d = view.domain();
		List<StudioResource> selected = view.selected();
		if (s == null || d == null || selected.isEmpty()) {
			return;
		}
		Shell shell = view.getSite().getShell();
		Records.Uses uses = Records.uses(s, selected);
		if (!uses.others().isEmpty()) {
			asker.refuse(shell, NLS.bind(Messages.deleteRefused, selected.size(), uses.others().size()));
			return;
		}
		if (!uses.bookings().isEmpty() && !asker.removeBookings(shell, NLS.bind(Messages.deleteBookings, selected.size(), uses.bookings().size()))) {
			return;
		}
		Command c = Records.delete(d, s, view.register(), selected, uses.bookings(), NLS.bind(Messages.deleteLabel, selected.size()));
		view.execute(c);
	}
}
