// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.permits.api.Clock;
import org.backlot.permits.api.Clocks;
import org.backlot.permits.api.Conflict;
import org.backlot.permits.api.Permits;
import org.backlot.permits.api.Requirement;

/** The permits report as JSON: shoot days with the approvals they need, the applications with their clocks, the conflicts. */
record PermitsJson(String production, String board, String today, List<DayJson> days, List<ApplicationJson> applications,
		List<ConflictJson> conflicts, List<String> created) {

	static PermitsJson of(Production p, Schedule board, LocalDate today, List<Requirement> requirements, List<Conflict> conflicts,
			List<PermitApplication> created) {
		List<DayJson> days = new ArrayList<>();
		for (DayRows.Row row : DayRows.of(Permits.days(p, board), requirements)) {
			List<NeedJson> needs = new ArrayList<>();
			for (Requirement r : row.needs()) {
				needs.add(NeedJson.of(r, today));
			}
			days.add(new DayJson(row.day().dayNumber(), row.day().date().toString(), row.day().placeName(),
					row.day().location() != null ? row.day().location().getId() : null, row.day().headCount(), needs));
		}
		List<ApplicationJson> apps = new ArrayList<>();
		for (PermitApplication a : p.getPermitApplications()) {
			apps.add(ApplicationJson.of(a, Clocks.of(a, today, PermitsText.deadline(a, requirements))));
		}
		List<ConflictJson> cj = new ArrayList<>();
		for (Conflict c : conflicts) {
			cj.add(new ConflictJson(c.kind().name(), c.application() != null ? c.application().getId() : null, c.dayNumber(),
					c.date() != null ? c.date().toString() : null, c.message()));
		}
		return new PermitsJson(p.getTitle(), board.getName(), today.toString(), days, apps, cj, created.stream().map(PermitApplication::getId).toList());
	}

	/** One shoot day at one place. */
	record DayJson(int day, String date, String place, String locationId, int headCount, List<NeedJson> permits) {
	}

	/** One approval the day needs. */
	record NeedJson(String authorityId, String authority, String coverage, String applicationId, String status, ClockJson clock,
			String submitBy, String decideBy, List<String> reasons) {
		static NeedJson of(Requirement r, LocalDate today) {
			PermitApplication a = r.application();
			return new NeedJson(r.authority().id(), r.authority().name(), r.coverage().name(), a != null ? a.getId() : null,
					a != null ? a.getStatus().getLiteral() : null, a != null ? ClockJson.of(Clocks.of(a, today, r.decideBy())) : null,
					r.submitBy().toString(), r.decideBy().toString(), r.reasons());
		}
	}

	/** An application with its clock. */
	record ApplicationJson(String id, String authority, String status, String permitNumber, String reference, ClockJson clock) {
		static ApplicationJson of(PermitApplication a, Clock c) {
			return new ApplicationJson(a.getId(), a.getAuthority() != null ? a.getAuthority().getName() : null, a.getStatus().getLiteral(),
					a.getPermitNumber(), a.getReference(), ClockJson.of(c));
		}
	}

	/** A clock. */
	record ClockJson(String state, int elapsedWorkingDays, int targetWorkingDays, String started, String decided, String due, String deadline) {
		static ClockJson of(Clock c) {
			return new ClockJson(c.state().name(), c.elapsed(), c.target(), str(c.started()), str(c.decided()), str(c.due()), str(c.deadline()));
		}

		private static String str(LocalDate d) {
			return d == null ? null : d.toString();
		}
	}

	/** A conflict. */
	record ConflictJson(String kind, String applicationId, int day, String date, String message) {
	}
}
