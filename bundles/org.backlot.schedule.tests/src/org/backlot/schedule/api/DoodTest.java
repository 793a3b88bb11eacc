// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.backlot.schedule.internal.reports.DoodFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Day-out-of-days codes and totals on a crafted board (see {@link DoodFixture} for its calendar). */
class DoodTest {
	private DoodFixture f;
	private DoodTable cast;

	@BeforeEach
	void setUp() {
		f = new DoodFixture();
		cast = Dood.compute(f.production, f.board, Dood.CAST);
	}

	private DoodRow row(String name) {
		return cast.rows().stream().filter(r -> r.element().getName().equals(name)).findFirst().orElseThrow();
	}

	/** Codes from 3/1 on, as many as given. */
	private List<String> codes(String name, int count) {
		return new ArrayList<>(row(name).codes().subList(0, count));
	}

	private static LocalDate march(int day) {
		return LocalDate.of(2027, 3, day);
	}

	@Test
	void columnsRunFromFirstToLastEngagedDateWithDayNumbersAndReasons() {
		assertEquals(march(1), cast.columns().get(0).date());
		assertEquals(march(16), cast.columns().get(cast.columns().size() - 1).date(), "Gao travels home the day after day 9");
		assertEquals(16, cast.columns().size());
		assertEquals(1, cast.columns().get(0).dayNumber());
		assertNull(cast.columns().get(0).off());
		assertEquals(6, cast.columns().get(7).dayNumber(), "Mon 3/8 is day 6");
		assertEquals(Dood.DAY_OFF, cast.columns().get(5).off(), "Saturday");
		assertEquals(0, cast.columns().get(5).dayNumber());
		assertEquals(Dood.COMPANY_MOVE, cast.columns().get(9).off());
		assertEquals(8, cast.columns().get(10).dayNumber(), "3/11 is day 8");
		assertEquals("Spring Fest", cast.columns().get(11).off());
		assertEquals(9, cast.columns().get(14).dayNumber(), "3/15 is day 9");
		assertEquals(Dood.REST, cast.columns().get(15).off(), "a weekday without shooting");
		assertEquals("Cast", cast.title());
	}

	@Test
	void rowsAreInCastNumberOrder() {
		List<String> names = cast.rows().stream().map(r -> r.element().getName()).toList();
		assertEquals(List.of("Anna", "Bo", "Cai", "Dai", "Eva", "Fu", "Gao"), names);
	}

	@Test
	void startWorkFinish() {
		assertEquals(List.of("SW", "W", "WF", "", ""), codes("Anna", 5));
		DoodRow anna = row("Anna");
		assertEquals(3, anna.work());
		assertEquals(3, anna.total());
		assertEquals(march(1), anna.start());
		assertEquals(march(3), anna.finish());
	}

	@Test
	void singleDayWithTravelBeforeAndAfter() {
		assertEquals(List.of("TR", "SWF", "TR", ""), codes("Bo", 4));
		DoodRow bo = row("Bo");
		assertEquals(1, bo.work());
		assertEquals(2, bo.travel());
		assertEquals(3, bo.total());
		DoodRow gao = row("Gao");
		assertEquals("TR", gao.codes().get(13), "Sunday 3/14, a day off, is still a travel day");
		assertEquals("SWF", gao.codes().get(14));
		assertEquals("TR", gao.codes().get(15));
	}

	@Test
	void shortGapIsHeldEvenWhenTheRuleForbidsHolds() {
		assertEquals(List.of("SW", "H", "H", "WF", ""), codes("Cai", 5));
		assertEquals(2, row("Cai").hold());
		assertEquals(2, row("Cai").work());
		assertEquals(4, row("Cai").total());
	}

	@Test
	void gapAsLongAsTheRuleIsADropThenPickUp() {
		assertEquals(List.of("SW", "D", "", "", "PW", "/", "/", "WF", ""), codes("Dai", 9));
		DoodRow dai = row("Dai");
		assertEquals(4, dai.work());
		assertEquals(0, dai.hold());
		f.production.getBreakdown().getElements().stream().filter(e -> e.getName().equals("Dai")).findFirst().orElseThrow().getDoodRule()
				.setMinDropGapDays(Dood.DEFAULT_MIN_DROP_GAP);
		DoodTable again = Dood.compute(f.production, f.board, Dood.CAST);
		DoodRow held = again.rows().stream().filter(r -> r.element().getName().equals("Dai")).findFirst().orElseThrow();
		assertEquals(List.of("SW", "W", "H", "H", "W", "/", "/", "WF"), held.codes().subList(0, 8));
		assertEquals(2, held.hold());
	}

	@Test
	void fittingAndRehearsalCountAsOther() {
		assertEquals(List.of("", "", "FT", "", "R", "/", "/", "SW", "WF", ""), codes("Eva", 10));
		DoodRow eva = row("Eva");
		assertEquals(2, eva.other());
		assertEquals(2, eva.work());
		assertEquals(4, eva.total());
		assertEquals(march(3), eva.start());
		assertEquals(march(9), eva.finish());
	}

	@Test
	void companyMoveWhileEngaged() {
		DoodRow fu = row("Fu");
		assertEquals(List.of("SW", "M", "WF"), fu.codes().subList(8, 11));
		assertEquals(2, fu.work());
		assertEquals("", row("Anna").codes().get(9), "not engaged on the move day");
	}

	@Test
	void categoryRowsAreElementsByName() {
		DoodTable props = Dood.compute(f.production, f.board, "props");
		assertEquals(1, props.rows().size());
		assertEquals(List.of("SW", "H", "WF"), props.rows().get(0).codes().subList(0, 3));
		assertEquals(3, props.columns().size());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dood.compute(f.production, f.board, "dragons"));
		assertTrue(e.getMessage().contains("dragons") && e.getMessage().contains("props"), e.getMessage());
	}

	@Test
	void elementWithoutWorkIsBlankAndUnstarted() {
		f.cast(8, "Hu", false);
		DoodRow hu = Dood.compute(f.production, f.board, Dood.CAST).rows().get(7);
		assertEquals("Hu", hu.element().getName());
		assertTrue(hu.codes().stream().allMatch(String::isEmpty));
		assertNull(hu.start());
		assertEquals(0, hu.total());
	}

	@Test
	void csvHasAHeaderAndOneQuotedLinePerElement() {
		String csv = DoodExport.csv(Dood.compute(f.production, f.board, "props"));
		String[] lines = csv.split("\r\n");
		assertEquals(2, lines.length);
		assertEquals("Element,2027-03-01 (1),2027-03-02 (2),2027-03-03 (3),Work,Hold,Travel,Other,Total,Start,Finish", lines[0]);
		assertEquals("\"kettle, \"\"copper\"\"\",SW,H,WF,2,1,0,0,3,2027-03-01,2027-03-03", lines[1]);
		String castCsv = DoodExport.csv(cast);
		assertTrue(castCsv.contains(",2027-03-06,"), "a day off has no day number");
		assertTrue(castCsv.contains("\r\n2. Bo,TR,SWF,TR,"), castCsv);
		assertTrue(castCsv.endsWith("\r\n"));
	}
}
