// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.backlot.permits.api.WorkflowTest.Fx;
import org.junit.jupiter.api.Test;

/** The authorities' calendar: weekdays except the production's holidays. */
class WorkingDaysTest {
	private static final LocalDate FRI = LocalDate.of(2025, 3, 7);
	private static final LocalDate MON = LocalDate.of(2025, 3, 10);
	private final WorkingDays plain = new WorkingDays(Set.of());

	@Test
	void threeWorkingDaysFromFridayIsWednesday() {
		assertEquals(DayOfWeek.FRIDAY, FRI.getDayOfWeek());
		assertEquals(LocalDate.of(2025, 3, 12), plain.plus(FRI, 3));
		assertEquals(3, plain.between(FRI, LocalDate.of(2025, 3, 12)));
		assertEquals(FRI, plain.minus(LocalDate.of(2025, 3, 12), 3));
	}

	@Test
	void weekendsMoveToTheNextOrPreviousWorkingDay() {
		LocalDate sat = FRI.plusDays(1);
		assertEquals(MON, plain.plus(sat, 0));
		assertEquals(LocalDate.of(2025, 3, 11), plain.plus(sat, 1));
		assertEquals(FRI, plain.minus(sat.plusDays(1), 0));
		assertEquals(0, plain.between(FRI, sat.plusDays(1)), "a weekend is no working day");
		assertEquals(0, plain.between(MON, FRI), "backwards counts nothing");
		assertEquals(0, plain.between(MON, MON));
	}

	@Test
	void holidaysAreSkipped() {
		WorkingDays w = new WorkingDays(Set.of(MON));
		assertFalse(w.isWorkingDay(MON));
		assertTrue(w.isWorkingDay(MON.plusDays(1)));
		assertEquals(LocalDate.of(2025, 3, 13), w.plus(FRI, 3));
		assertEquals(2, w.between(FRI, LocalDate.of(2025, 3, 12)));
		assertEquals(FRI, w.minus(MON, 0));
	}

	@Test
	void theProductionsHolidays() {
		LocalDate qingming = LocalDate.of(2025, 4, 4);
		WorkingDays w = WorkingDays.of(Fx.production(null, qingming));
		assertFalse(w.isWorkingDay(qingming));
		assertEquals(LocalDate.of(2025, 4, 8), w.plus(LocalDate.of(2025, 4, 3), 2));
	}
}
