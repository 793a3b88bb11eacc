// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.Conflict;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.internal.derive.Conflicts;
import org.backlot.permits.internal.derive.Derivation;
import org.backlot.permits.internal.derive.Facts;
import org.backlot.schedule.api.ConstraintKind;
import org.backlot.schedule.api.DayCheck;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.Violation;

/**
 * The scheduler's permit warnings: a {@link ConstraintKind#PERMITS} violation on each shoot day of a plan whose needed
 * approval cannot be in time (not applied for, not submitted, expected too late), was refused, or does not cover the
 * day's hours or place.
 */
public class PermitDayCheck implements DayCheck {
	private static final Set<Conflict.Kind> BLOCKING = EnumSet.of(Conflict.Kind.NOT_APPLIED, Conflict.Kind.NOT_APPROVED_IN_TIME,
			Conflict.Kind.REFUSED, Conflict.Kind.HOURS_NOT_COVERED, Conflict.Kind.PLACE_NOT_COVERED);
	private final Supplier<List<AuthorityDefinition>> authorities;
	private final Supplier<LocalDate> today;

	/** The check of the installed authorities, as of today. */
	public PermitDayCheck() {
		this(Authorities::all, LocalDate::now);
	}

	/** The check of these authorities as of a given day. */
	public PermitDayCheck(Supplier<List<AuthorityDefinition>> authorities, Supplier<LocalDate> today) {
		this.authorities = authorities;
		this.today = today;
	}

	@Override
	public List<Violation> check(Production p, Schedule board, Plan plan, List<LocalDate> dates) {
		List<AuthorityDefinition> list = authorities.get();
		List<Violation> out = new ArrayList<>();
		if (list.isEmpty() || plan.dayCount() == 0) {
			return out;
		}
		LocalDate now = today.get();
		List<DayAtPlace> days = Facts.days(p, board, Facts.slots(p, board, plan, dates));
		for (Conflict c : Conflicts.of(p, Derivation.derive(p, days, now, list), now, true)) {
			if (!BLOCKING.contains(c.kind()) || c.requirement() == null || c.dayNumber() < 1) {
				continue;
			}
			DayAtPlace day = c.requirement().days().stream().filter(d -> d.dayNumber() == c.dayNumber()).findFirst().orElse(null);
			out.add(new Violation(ConstraintKind.PERMITS, c.dayNumber() - 1, day == null ? List.of() : day.scenes(), c.message()));
		}
		return out;
	}
}
