// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.backlot.core.api.ModelFiles;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Dood;
import org.backlot.schedule.api.DoodRow;
import org.backlot.studio.api.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top-sheet of Backlot's sample production "The Last Pot of Tea", checked against the schedule API's own figures. */
class SampleTopSheetTest {
	private static final double EPS = 1e-6;
	@TempDir
	static Path dir;
	private static Production sample;
	private static Schedule board;
	private final RateCard rates = RateCard.defaults();

	@BeforeAll
	static void load() throws Exception {
		Path file = Samples.ensure(dir);
		sample = (Production) ModelFiles.store().load(ModelFiles.store().createResourceSet(), file).getContents().get(0);
		board = Boards.active(sample);
	}

	@Test
	void theBundledRateCardReadsCleanly() {
		assertTrue(rates.warnings().isEmpty(), rates.warnings().toString());
		for (Rate r : Rate.values()) {
			assertEquals(r.fallback(), rates.get(r), EPS, "rates.properties and the built-in figure agree on " + r.key());
		}
	}

	@Test
	void castIsTheDayOutOfDaysTimesEachActorsRate() {
		double expected = 0;
		int actors = 0;
		for (DoodRow row : Dood.compute(sample, board, Dood.CAST).rows()) {
			CastMember c = (CastMember) row.element();
			expected += row.total() * (c.getDailyRate() > 0 ? c.getDailyRate() : rates.get(Rate.CAST_DAY));
			actors += row.total() > 0 ? 1 : 0;
		}
		Account cast = TopSheets.compute(sample, rates).account(Account.CAST);
		assertTrue(expected > 0, "the sample's cast works");
		assertEquals(expected, cast.amount(), EPS);
		assertEquals(actors, cast.lines().size());
		assertTrue(cast.lines().stream().anyMatch(l -> l.rate() == 12000), "cast 2 has a daily rate of 12,000 in the sample");
	}

	@Test
	void crewIsShootDaysTimesTheCrewDay() {
		int days = Boards.read(board).dayCount();
		assertTrue(days >= 8, "the sample's board has " + days + " days");
		assertEquals(days * rates.get(Rate.CREW_DAY), TopSheets.compute(sample, rates).account(Account.CREW).amount(), EPS);
	}

	@Test
	void everyScheduledSceneIsOnAStageOrALocationDay() {
		TopSheet sheet = TopSheets.compute(sample, rates);
		double placeDays = sheet.account(Account.STAGES).quantity() + sheet.account(Account.LOCATIONS).quantity();
		int days = Boards.read(board).dayCount();
		assertTrue(placeDays >= days, placeDays + " stage and location days on " + days + " shoot days");
		assertTrue(sheet.account(Account.BACKGROUND).amount() > 0, "the sample has extras on scheduled scenes");
	}

	@Test
	void changingARateChangesTheTotal() {
		TopSheet before = TopSheets.compute(sample, rates);
		TopSheet after = TopSheets.compute(sample, rates.with(Rate.STAGE_DAY, rates.get(Rate.STAGE_DAY) + 1000));
		double stageDays = before.account(Account.STAGES).quantity();
		assertTrue(stageDays > 0);
		assertEquals(stageDays * 1000 * (1 + rates.get(Rate.CONTINGENCY_PERCENT) / 100), after.total() - before.total(), EPS);
	}

	@Test
	void theTotalIsTheAccountsPlusContingency() {
		TopSheet sheet = TopSheets.compute(sample, rates);
		double sum = sheet.accounts().stream().mapToDouble(Account::amount).sum();
		assertEquals(sum, sheet.subtotal(), EPS);
		assertEquals(sum * 1.10, sheet.total(), EPS);
	}
}
