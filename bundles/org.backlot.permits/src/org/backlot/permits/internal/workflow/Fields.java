// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.workflow;

import java.util.stream.Collectors;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.Checklist;
import org.backlot.permits.api.PermitField;
import org.eclipse.osgi.util.NLS;

/** Whether an application fills in one field an authority requires, and what it says there. */
public final class Fields {
	private static final int SHORT = 40;

	private Fields() {
	}

	/** The field's name in the user's language. */
	public static String label(PermitField f) {
		return switch (f) {
		case APPLICANT -> Messages.fieldApplicant;
		case PERSON_IN_CHARGE -> Messages.fieldPersonInCharge;
		case DESCRIPTION -> Messages.fieldDescription;
		case LOCATIONS -> Messages.fieldLocations;
		case PERIODS -> Messages.fieldPeriods;
		case HEAD_COUNT -> Messages.fieldHeadCount;
		case VEHICLES -> Messages.fieldVehicles;
		case EQUIPMENT -> Messages.fieldEquipment;
		case ROAD_CLOSURES -> Messages.fieldRoadClosures;
		case HAZARDS -> Messages.fieldHazards;
		};
	}

	/** The checklist entry of a field: done with what the application says, or not done with why. */
	public static Checklist.Item item(PermitApplication a, PermitField f) {
		String label = label(f);
		return switch (f) {
		case APPLICANT -> text(label, a.getApplicant());
		case PERSON_IN_CHARGE -> text(label, a.getPersonInCharge() == null ? null : a.getPersonInCharge().getName());
		case DESCRIPTION -> text(label, a.getDescription());
		case EQUIPMENT -> text(label, a.getEquipment());
		case LOCATIONS -> text(label, a.getLocations().stream().map(Location::getName).filter(n -> !Names.blank(n)).collect(Collectors.joining(", "))); //$NON-NLS-1$
		case HEAD_COUNT -> a.getHeadCount() > 0 ? done(label, Integer.toString(a.getHeadCount())) : missing(label, Messages.notFilled);
		case PERIODS -> periods(label, a);
		case VEHICLES -> vehicles(label, a);
		case ROAD_CLOSURES -> closures(label, a);
		case HAZARDS -> a.getHazards().isEmpty() ? missing(label, Messages.notFilled)
				: done(label, NLS.bind(Messages.hazardsCount, a.getHazards().size()));
		};
	}

	private static Checklist.Item periods(String label, PermitApplication a) {
		if (a.getPeriods().isEmpty()) {
			return missing(label, Messages.notFilled);
		}
		for (PermitPeriod p : a.getPeriods()) {
			if (p.getStart() == null || p.getEnd() == null || p.getEnd().before(p.getStart())) {
				return missing(label, Messages.periodIncomplete);
			}
		}
		return done(label, NLS.bind(Messages.periodsCount, a.getPeriods().size()));
	}

	private static Checklist.Item vehicles(String label, PermitApplication a) {
		if (a.getVehicleCount() <= 0) {
			return missing(label, Messages.notFilled);
		}
		if (Names.blank(a.getVehicleTypes())) {
			return missing(label, Messages.vehicleTypesMissing);
		}
		return done(label, NLS.bind(Messages.vehiclesDone, a.getVehicleCount(), a.getVehicleTypes().trim()));
	}

	private static Checklist.Item closures(String label, PermitApplication a) {
		if (a.getRoadClosures().isEmpty()) {
			return missing(label, Messages.notFilled);
		}
		for (RoadClosure c : a.getRoadClosures()) {
			if (Names.blank(c.getRoad()) || Names.blank(c.getTrafficPlan()) || c.getStart() == null || c.getEnd() == null
					|| c.getEnd().before(c.getStart())) {
				return missing(label, Messages.closureIncomplete);
			}
		}
		return done(label, NLS.bind(Messages.closuresCount, a.getRoadClosures().size()));
	}

	private static Checklist.Item text(String label, String value) {
		if (Names.blank(value)) {
			return missing(label, Messages.notFilled);
		}
		String v = value.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return done(label, v.length() > SHORT ? v.substring(0, SHORT - 1) + '\u2026' : v);
	}

	private static Checklist.Item done(String label, String detail) {
		return new Checklist.Item(label, true, detail);
	}

	private static Checklist.Item missing(String label, String detail) {
		return new Checklist.Item(label, false, detail);
	}
}
