// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.permits.internal.workflow.Messages;
import org.backlot.permits.internal.workflow.Names;

/**
 * The studio-wide report of elapsed working days against each authority's target (the base's 3-day promise), over
 * several productions: one line per authority, by name, and the total.
 *
 * @param lines one per authority that has an application whose clock started
 * @param total all of them together
 */
public record ClockReport(List<Line> lines, Line total) {

	/**
	 * One authority's figures; only applications whose clock has started (complete or submitted) count.
	 *
	 * @param authority     the authority's name in the user's language
	 * @param applications  applications with a started clock
	 * @param decided       of those, decided (approved or rejected)
	 * @param decidedOnTime decided within the target
	 * @param meanElapsed   mean working days elapsed (to the decision, or to today), 0 when none
	 * @param maxElapsed    the most working days elapsed
	 * @param openLate      undecided and past the target
	 * @param openAtRisk    undecided with one working day or less left
	 */
	public record Line(String authority, int applications, int decided, int decidedOnTime, double meanElapsed, int maxElapsed, int openLate,
			int openAtRisk) {

		/** The share of decided applications decided within the target (0 to 1; 0 when none is decided). */
		public double onTimeShare() {
			return decided == 0 ? 0 : (double) decidedOnTime / decided;
		}
	}

	/** The report over these productions' applications on that day (clocks without a schedule deadline). */
	public static ClockReport of(List<Production> productions, LocalDate today) {
		Map<String, List<Clock>> byAuthority = new TreeMap<>();
		List<Clock> all = new ArrayList<>();
		for (Production p : productions) {
			for (PermitApplication a : p.getPermitApplications()) {
				Clock c = Clocks.of(a, today, null);
				if (c.state() == Clock.State.NOT_STARTED) {
					continue;
				}
				byAuthority.computeIfAbsent(Names.authority(a, Names.definition(a).orElse(null)), k -> new ArrayList<>()).add(c);
				all.add(c);
			}
		}
		List<Line> lines = new ArrayList<>();
		byAuthority.forEach((name, clocks) -> lines.add(line(name, clocks)));
		return new ClockReport(List.copyOf(lines), line(Messages.reportTotal, all));
	}

	private static Line line(String authority, List<Clock> clocks) {
		int decided = 0;
		int onTime = 0;
		int late = 0;
		int atRisk = 0;
		int max = 0;
		long sum = 0;
		for (Clock c : clocks) {
			switch (c.state()) {
			case DECIDED_ON_TIME -> {
				decided++;
				onTime++;
			}
			case DECIDED_LATE -> decided++;
			case LATE -> late++;
			case AT_RISK -> atRisk++;
			default -> {
				// on time: counts in the means only
			}
			}
			sum += c.elapsed();
			max = Math.max(max, c.elapsed());
		}
		double mean = clocks.isEmpty() ? 0 : (double) sum / clocks.size();
		return new Line(authority, clocks.size(), decided, onTime, mean, max, late, atRisk);
	}
}
