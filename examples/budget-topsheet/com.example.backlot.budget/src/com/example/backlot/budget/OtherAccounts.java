// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ShootDay;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Dood;
import org.backlot.schedule.api.DoodRow;
import org.backlot.schedule.api.DoodTable;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.osgi.util.NLS;

/**
 * Housing (people who live on the base for the shoot, and travelling cast
 * from their travel-in to their travel-out day) and the permit fees of the
 * production's applications.
 */
final class OtherAccounts {
	private OtherAccounts() {
	}

	/** Person-nights × the card's housing night. */
	static Account housing(Production p, Schedule board, Plan plan, ElementAccounts elements, RateCard rates) {
		List<Line> lines = new ArrayList<>();
		double rate = rates.get(Rate.HOUSING_NIGHT);
		long nights = shootNights(board, plan);
		int housed = p == null ? 0 : (int) p.getPeople().stream().filter(OtherAccounts::housed).count();
		if (housed > 0 && nights > 0) {
			lines.add(Line.priced(Messages.lineHoused, NLS.bind(Messages.housedBasis, housed, nights), housed * nights, rate, null));
		}
		DoodTable cast = elements.dood(Dood.CAST);
		for (DoodRow row : cast == null ? List.<DoodRow>of() : cast.rows()) {
			if (row.element() instanceof CastMember c && c.isTravel() && row.start() != null && row.finish() != null) {
				long n = ChronoUnit.DAYS.between(row.start(), row.finish());
				if (n > 0) {
					lines.add(Line.priced(Names.cast(c), NLS.bind(Messages.travellerBasis, n), n, rate, c));
				}
			}
		}
		String basis = lines.isEmpty() ? Messages.nobodyHoused : NLS.bind(Messages.housingBasis, Money.quantity(sum(lines)));
		return new Account(Account.HOUSING, Messages.accountHousing, basis, lines);
	}

	/** Whether the model marks the person as housed on the base. */
	static boolean housed(Person person) {
		return person.isHousing();
	}

	/** Nights from the first to the last shoot day (arriving the evening before the first); the day count when the board has no dates. */
	static long shootNights(Schedule board, Plan plan) {
		if (board == null || plan.dayCount() == 0) {
			return 0;
		}
		LocalDate first = null;
		LocalDate last = null;
		for (ShootDay d : Boards.days(board)) {
			if (d.getDate() != null) {
				LocalDate date = ShootCalendar.toLocal(d.getDate());
				first = first == null || date.isBefore(first) ? date : first;
				last = last == null || date.isAfter(last) ? date : last;
			}
		}
		return first == null ? plan.dayCount() : ChronoUnit.DAYS.between(first, last) + 1;
	}

	/** The fees of the applications that are not rejected or withdrawn. */
	static Account permits(Production p) {
		List<Line> lines = new ArrayList<>();
		for (PermitApplication a : p == null ? List.<PermitApplication>of() : p.getPermitApplications()) {
			if (a.getFee() > 0 && a.getStatus() != PermitStatus.REJECTED && a.getStatus() != PermitStatus.WITHDRAWN) {
				String what = a.getDescription() == null ? "" : a.getDescription(); //$NON-NLS-1$
				lines.add(new Line(Names.application(a), NLS.bind(Messages.feeBasis, what), 1, Double.NaN, a.getFee(), a));
			}
		}
		String basis = lines.isEmpty() ? Messages.noFees : NLS.bind(Messages.permitsBasis, lines.size());
		return new Account(Account.PERMITS, Messages.accountPermits, basis, lines);
	}

	private static double sum(List<Line> lines) {
		double s = 0;
		for (Line l : lines) {
			s += l.quantity();
		}
		return s;
	}
}
