// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.List;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage.Literals;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;

/** The crew apartments, by building, unit or feature and beds. */
final class ApartmentsRegister extends Register {
	private Spinner beds;

	ApartmentsRegister() {
		super(Registers.Kind.APARTMENTS);
	}

	@Override
	List<Column> columns() {
		return List.of(Column.text(Messages.colBuilding, 80, Apartment.class, Apartment::getBuilding).editable(Literals.APARTMENT__BUILDING),
				Column.text(Messages.colUnit, 70, Apartment.class, Apartment::getUnit).editable(Literals.APARTMENT__UNIT),
				Column.number(Messages.colFloor, 50, Apartment.class, Apartment::getFloor, a -> Integer.toString(a.getFloor())).editable(Literals.APARTMENT__FLOOR),
				Column.number(Messages.colBeds, 50, Apartment.class, Apartment::getBeds, a -> Integer.toString(a.getBeds())).editable(Literals.APARTMENT__BEDS),
				Column.text(Messages.colFeatures, 260, Apartment.class, a -> Texts.list(a.getFeatures())).editable(Literals.APARTMENT__FEATURES));
	}

	@Override
	void createFilters(Composite bar, Runnable changed) {
		Filters.caption(bar, Messages.minBeds);
		beds = Filters.number(bar, 20, changed);
	}

	@Override
	void clearFilters() {
		beds.setSelection(0);
	}

	@Override
	List<Apartment> all(Studio s) {
		return s.getApartments();
	}

	@Override
	List<? extends StudioResource> search(Studio s, String text) {
		int min = beds.getSelection();
		if (text.isBlank() && min == 0) {
			return all(s);
		}
		return s.getApartments().stream()
				.filter(a -> a.getBeds() >= min && containsAll(text, a.getBuilding(), a.getUnit(), Texts.name(a), String.join(" ", a.getFeatures()))) //$NON-NLS-1$
				.toList();
	}

	@Override
	boolean holds(StudioResource r) {
		return r instanceof Apartment;
	}
}
