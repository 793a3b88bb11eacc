// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.util.EnumSet;
import java.util.Set;

/** A field of a permit application an authority can require. */
public enum PermitField {
	/** The applicant company. */
	APPLICANT,
	/** The person in charge on location. */
	PERSON_IN_CHARGE,
	/** What will be filmed. */
	DESCRIPTION,
	/** The locations. */
	LOCATIONS,
	/** Dates and hours, with prep and strike. */
	PERIODS,
	/** Cast and crew head-count. */
	HEAD_COUNT,
	/** Number and types of vehicles. */
	VEHICLES,
	/** Equipment placed on public ground. */
	EQUIPMENT,
	/** Road or lane closures with their traffic-control plans. */
	ROAD_CLOSURES,
	/** Hazards (firearms, pyrotechnics, drones...). */
	HAZARDS;

	/** What every authority asks for. */
	public static final Set<PermitField> BASIC = Set.copyOf(EnumSet.of(APPLICANT, PERSON_IN_CHARGE, DESCRIPTION, LOCATIONS, PERIODS, HEAD_COUNT));
}
