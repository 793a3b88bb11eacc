// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitsPackage.Literals;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Location;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/** The places the application covers (studio locations): add from the studio's list, remove; each one command. */
final class LocationsTab {
	private final TablePane table;
	private final Edits edits;
	private PermitApplication shown;
	private Production production;

	LocationsTab(Composite parent, Edits edits) {
		this.edits = edits;
		table = new TablePane(parent);
		table.column(Messages.colLocation, 180, Location.class, Texts::place, null);
		table.column(Messages.colAddress, 260, Location.class, Location::getAddress, null);
		table.button(Messages.addLocation, false, this::add);
		table.button(Messages.remove, true, this::remove);
	}

	Control control() {
		return table.control();
	}

	void show(PermitApplication a, Production p) {
		shown = a;
		production = p;
		table.show(a.getLocations());
	}

	private void add() {
		if (shown == null || production == null) {
			return;
		}
		List<Location> free = new ArrayList<>();
		if (production.getStudio() != null) {
			for (Location l : production.getStudio().getLocations()) {
				if (!shown.getLocations().contains(l)) {
					free.add(l);
				}
			}
		}
		if (free.isEmpty()) {
			MessageDialog.openInformation(table.control().getShell(), Messages.chooseLocation, Messages.noStudioLocations);
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(table.control().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Location l ? Texts.place(l) : super.getText(element);
			}
		});
		dialog.setTitle(Messages.chooseLocation);
		dialog.setMessage(Messages.chooseLocationMessage);
		dialog.setMultipleSelection(true);
		dialog.setElements(free.toArray());
		if (dialog.open() != ElementListSelectionDialog.OK) {
			return;
		}
		List<Location> chosen = new ArrayList<>();
		for (Object o : dialog.getResult()) {
			chosen.add((Location) o);
		}
		add(chosen);
	}

	/** Adds places to the application (one command). */
	void add(List<Location> chosen) {
		if (shown != null && !chosen.isEmpty()) {
			edits.add(shown, Literals.PERMIT_APPLICATION__LOCATIONS, chosen,
					NLS.bind(Messages.cmdAddLocation, names(chosen), edits.authority(shown)));
		}
	}

	private void remove() {
		List<Location> chosen = table.selected(Location.class);
		if (shown != null && !chosen.isEmpty()) {
			edits.remove(shown, Literals.PERMIT_APPLICATION__LOCATIONS, chosen,
					NLS.bind(Messages.cmdRemoveLocation, names(chosen), edits.authority(shown)));
		}
	}

	private static String names(List<Location> places) {
		return String.join(", ", places.stream().map(Texts::place).toList()); //$NON-NLS-1$
	}
}
