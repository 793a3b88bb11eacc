// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.harbour;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.AuthorityRules;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.PermitField;
import org.eclipse.osgi.util.NLS;

/**
 * The Maritime Safety Administration (海事局): its approval is needed for work on or by navigable water. A place or a
 * scene set on a river, lake, sea, harbour or pier or aboard a boat, boats among the picture vehicles, and stunts or
 * effects in or under the water each give a reason. A stage's water tank is the studio's own business, so a day on a
 * stage needs no approval. Fee: {@code rescueBoatPerDay} a shoot day for the rescue boat and divers on standby.
 */
public class HarbourRules implements AuthorityRules {
	/** The setting with the fee in yuan a shoot day. */
	public static final String RESCUE_BOAT_PER_DAY = "rescueBoatPerDay"; //$NON-NLS-1$
	/** Document key: vessel registration and seaworthiness certificates. */
	public static final String VESSEL_REGISTRATION = "vessel-registration"; //$NON-NLS-1$
	/** Document key: the boat crews' competency certificates. */
	public static final String CREW_CERTIFICATES = "crew-certificates"; //$NON-NLS-1$
	/** Document key: the water-safety plan with rescue boat and divers. */
	public static final String WATER_SAFETY_PLAN = "water-safety-plan"; //$NON-NLS-1$

	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		if (day.stage() != null) {
			return List.of();
		}
		Set<String> out = new LinkedHashSet<>();
		if (waterPlace(day)) {
			out.add(NLS.bind(Messages.reasonPlace, day.placeName()));
		}
		for (Scene s : day.scenes()) {
			String set = s.getSetName() != null && !s.getSetName().isBlank() ? s.getSetName() : s.getHeading();
			if (WaterWords.water(s.getSetName()) || WaterWords.water(s.getHeading())) {
				out.add(NLS.bind(Messages.reasonScene, number(s), set));
			}
		}
		for (String e : day.hazards().getOrDefault(Hazard.WATERCRAFT, List.of())) {
			out.add(NLS.bind(Messages.reasonBoat, e));
		}
		for (String v : day.vehicleTypes()) {
			if (WaterWords.boat(v)) {
				out.add(NLS.bind(Messages.reasonVehicle, v));
			}
		}
		for (Map.Entry<Hazard, List<String>> h : day.hazards().entrySet()) {
			if (h.getKey() == Hazard.WATERCRAFT) {
				continue;
			}
			for (String e : h.getValue()) {
				if (WaterWords.waterWork(e)) {
					out.add(NLS.bind(Messages.reasonWork, e));
				}
			}
		}
		return List.copyOf(out);
	}

	/** Whether the place itself lies on the water: the studio's record (names and address), else the schedule's name. */
	private static boolean waterPlace(DayAtPlace day) {
		Location l = day.location();
		if (l != null) {
			return WaterWords.water(l.getName()) || WaterWords.water(l.getNameZh()) || WaterWords.water(l.getAddress());
		}
		return WaterWords.water(day.placeName());
	}

	private static String number(Scene s) {
		return s.getNumber() == null ? "" : s.getNumber(); //$NON-NLS-1$
	}

	@Override
	public Set<PermitField> requiredFields(AuthorityDefinition self) {
		Set<PermitField> out = EnumSet.copyOf(PermitField.BASIC);
		out.add(PermitField.VEHICLES);
		out.add(PermitField.HAZARDS);
		return out;
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		List<DocumentKind> out = new ArrayList<>();
		out.add(new DocumentKind(DocumentKind.INSURANCE, NLS.bind(Messages.docInsurance, self.label())));
		out.add(new DocumentKind(DocumentKind.CREW_LIST, Messages.docCrewList));
		out.add(new DocumentKind(WATER_SAFETY_PLAN, Messages.docWaterSafety));
		if (boats(application)) {
			out.add(new DocumentKind(VESSEL_REGISTRATION, Messages.docVessels));
			out.add(new DocumentKind(CREW_CERTIFICATES, Messages.docCrewCertificates));
		}
		return out;
	}

	/** Whether the application puts boats on the water: the watercraft hazard, or boats among its vehicles. */
	private static boolean boats(PermitApplication a) {
		return a.getHazards().contains(Hazard.WATERCRAFT) || WaterWords.boat(a.getVehicleTypes());
	}

	@Override
	public double fee(PermitApplication application, AuthorityDefinition self) {
		return Math.max(0, self.setting(RESCUE_BOAT_PER_DAY, 0)) * shootDates(application).size();
	}

	/** The dates the application shoots on: those of its shoot periods, else of all its periods. */
	static Set<LocalDate> shootDates(PermitApplication a) {
		Set<LocalDate> shoot = new TreeSet<>();
		Set<LocalDate> any = new TreeSet<>();
		ZoneId zone = ZoneId.systemDefault();
		for (PermitPeriod p : a.getPeriods()) {
			if (p.getStart() == null) {
				continue;
			}
			LocalDate from = p.getStart().toInstant().atZone(zone).toLocalDate();
			LocalDate to = p.getEnd() == null ? from : p.getEnd().toInstant().atZone(zone).toLocalDate();
			for (LocalDate d = from; d.equals(from) || d.isBefore(to); d = d.plusDays(1)) {
				any.add(d);
				if (p.getKind() == PeriodKind.SHOOT) {
					shoot.add(d);
				}
			}
		}
		return shoot.isEmpty() ? any : shoot;
	}
}
