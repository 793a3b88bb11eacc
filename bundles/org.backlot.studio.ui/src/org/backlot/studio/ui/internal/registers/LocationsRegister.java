// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.Arrays;
import java.util.List;

import org.backlot.core.api.Languages;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage.Literals;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Locations;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** The base's listed locations, by name, address, parking or owner ({@link Locations#search}) and type. */
final class LocationsRegister extends Register {
	private Combo type;

	LocationsRegister() {
		super(Registers.Kind.LOCATIONS);
	}

	@Override
	List<Column> columns() {
		return List.of(Column.text(Messages.colName, 170, Location.class, Texts::name).editable(Languages.chinese() ? Literals.LOCATION__NAME_ZH : Literals.LOCATION__NAME),
				Column.text(Messages.colType, 60, Location.class, l -> Texts.of("location", l.getType())), //$NON-NLS-1$
				Column.text(Messages.colAddress, 200, Location.class, Location::getAddress).editable(Literals.LOCATION__ADDRESS),
				Column.text(Messages.colOwner, 120, Location.class, Location::getOwner).editable(Literals.LOCATION__OWNER),
				Column.text(Messages.colParking, 140, Location.class, Location::getParking).editable(Literals.LOCATION__PARKING),
				Column.text(Messages.colHospital, 140, Location.class, Location::getNearestHospital).editable(Literals.LOCATION__NEAREST_HOSPITAL),
				Column.number(Messages.colPanoramas, 60, Location.class, l -> l.getPanoramas().size(), l -> Integer.toString(l.getPanoramas().size())));
	}

	@Override
	void createFilters(Composite bar, Runnable changed) {
		type = Filters.choice(bar, Messages.anyType, Arrays.stream(LocationType.values()).map(t -> Texts.of("location", t)).toList(), 90, changed); //$NON-NLS-1$
	}

	@Override
	void clearFilters() {
		type.select(0);
	}

	@Override
	List<Location> all(Studio s) {
		return s.getLocations();
	}

	@Override
	List<? extends StudioResource> search(Studio s, String text) {
		int t = Filters.chosen(type);
		List<Location> found = text.isBlank() ? s.getLocations() : Locations.search(s, text);
		return t < 0 ? found : found.stream().filter(l -> l.getType() == LocationType.values()[t]).toList();
	}

	@Override
	boolean holds(StudioResource r) {
		return r instanceof Location;
	}
}
