// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ConstraintKind;
import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.Constraints;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.Violation;
import org.backlot.shots.ui.internal.board.BoardRows.Kind;
import org.backlot.shots.ui.internal.board.BoardRows.Row;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.sample.SampleProduction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stripboard's rows of the sample board: strips, banners, positions that drops land on, problems on strips. */
class BoardRowsTest {
	private static Production production;
	private static Schedule board;

	@BeforeAll
	static void sample() {
		production = SampleProduction.create(StudioGenerator.generate(StudioGenerator.SAMPLE_SEED));
		board = Boards.active(production);
	}

	@Test
	void rowsFollowTheBoardWithBannersClosingEachDay() {
		BoardRows rows = BoardRows.of(production, board, List.of());
		Plan plan = Boards.read(board);
		List<Scene> tokens = new PlanEdits(plan).tokens();
		int strips = 0;
		int banners = 0;
		for (Row r : rows.rows()) {
			switch (r.kind()) {
			case STRIP -> {
				strips++;
				assertSame(r.scene(), tokens.get(r.token()));
				assertEquals(plan.dayOf(r.scene()), r.day());
			}
			case DAY -> {
				banners++;
				assertNull(tokens.get(r.token()), "a banner stands on a day break");
				assertTrue(r.text().startsWith("Day " + (r.day() + 1) + " - "), r.text());
			}
			case UNSCHEDULED -> assertEquals(plan.scheduled().size() + plan.dayCount(), r.token());
			}
		}
		assertEquals(plan.scheduled().size() + plan.unscheduled().size(), strips);
		assertEquals(plan.dayCount(), banners);
		assertEquals(Kind.UNSCHEDULED, rows.rows().stream().filter(r -> r.kind() != Kind.STRIP).reduce((a, b) -> b).get().kind());
	}

	@Test
	void aDropRightAfterADayBannerLandsInTheNextDay() {
		BoardRows rows = BoardRows.of(production, board, List.of());
		int banner = 0;
		while (rows.get(banner).kind() != Kind.DAY) {
			banner++;
		}
		Scene first = Boards.read(board).days().get(0).get(0);
		PlanEdits edits = new PlanEdits(Boards.read(board));
		edits.move(List.of(first), rows.tokenBefore(banner + 1));
		assertEquals(1, edits.plan().dayOf(first));
		edits = new PlanEdits(Boards.read(board));
		edits.move(List.of(first), rows.tokenBefore(rows.size()));
		assertEquals(-1, edits.plan().dayOf(first), "the end of the board is the unscheduled strips");
	}

	@Test
	void aBrokenConstraintMarksItsStrips() {
		Scene scene = Boards.read(board).days().get(1).get(0);
		Violation v = new Violation(ConstraintKind.PAGES_PER_DAY, 1, List.of(scene), "Day 2 has too many pages");
		BoardRows rows = BoardRows.of(production, board, List.of(new ConstraintStatus(ConstraintKind.PAGES_PER_DAY, "Pages", "", List.of(v))));
		assertEquals("Day 2 has too many pages", rows.get(rows.indexOf(scene)).problem());
		assertTrue(StripTooltips.text(production, rows, rows.get(rows.indexOf(scene))).contains("Day 2 has too many pages"));
	}

	@Test
	void theRealCheckRunsOnTheSample() {
		List<ConstraintStatus> statuses = Constraints.check(production, board, Boards.read(board));
		assertEquals(ConstraintKind.values().length, statuses.size());
		assertNotNull(BoardRows.of(production, board, statuses));
	}

	@Test
	void datesAndDurationsReadPerLocale() throws Exception {
		Locale old = Locale.getDefault();
		try {
			Locale.setDefault(Locale.US);
			assertEquals("Wed Mar 3, 2027", Texts.longDate(LocalDate.of(2027, 3, 3)));
		} finally {
			Locale.setDefault(old);
		}
		java.util.Properties zh = new java.util.Properties();
		try (java.io.InputStream in = BoardRowsTest.class.getResourceAsStream("messages_zh.properties")) {
			zh.load(in);
		}
		assertEquals("2027\u5e743\u67083\u65e5 \u5468\u4e09", java.time.format.DateTimeFormatter.ofPattern(zh.getProperty("dateLong"),
				Locale.SIMPLIFIED_CHINESE).format(LocalDate.of(2027, 3, 3)));
		assertEquals("7 h 20 min", Texts.duration(440).replace("\u5c0f\u65f6", "h").replace("\u5206", "min"));
		assertTrue(BoardRows.of(production, board, List.of()).rows().stream().filter(r -> r.kind() == Kind.DAY).findFirst().get().text()
				.matches("Day 1 - \\w{3} \\w{3} \\d+, \\d{4} - [\\d /]+ pages - \\d+ h \\d\\d min"));
	}
}
