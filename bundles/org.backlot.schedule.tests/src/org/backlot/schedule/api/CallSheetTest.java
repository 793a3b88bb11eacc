// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.sample.SampleProduction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call sheet of the sample production's days, as data and as a PDF. */
class CallSheetTest {
	private static Production p;
	private static Schedule board;
	private static Plan plan;

	@TempDir
	Path dir;

	@BeforeAll
	static void sample() {
		p = SampleProduction.create(StudioGenerator.generate(StudioGenerator.SAMPLE_SEED));
		board = Boards.active(p);
		Boards.apply(p, board, Boards.read(board));
		plan = Boards.read(board);
	}

	@Test
	void dayOneHeaderAndScenesInBoardOrder() {
		CallSheet s = CallSheet.build(p, board, 1);
		assertEquals("The Last Pot of Tea", s.title());
		assertEquals("\u6700\u540e\u4e00\u58f6\u8336", s.originalTitle());
		assertEquals(1, s.dayNumber());
		assertEquals(Boards.days(board).size(), s.dayCount());
		assertEquals(LocalDate.of(2027, 3, 1), s.date());
		assertTrue(s.shootingCall().isAfter(s.crewCall()));
		List<String> expected = plan.days().get(0).stream().map(Scene::getNumber).toList();
		assertEquals(expected, s.scenes().stream().map(CallSheet.SceneLine::number).toList());
		assertEquals(s.shootingCall(), s.scenes().get(0).start(), "the first scene starts at shooting call");
		for (int i = 1; i < s.scenes().size(); i++) {
			CallSheet.SceneLine prev = s.scenes().get(i - 1);
			assertEquals(prev.start().plusMinutes(prev.minutes()), s.scenes().get(i).start(), "running order adds each scene's minutes");
		}
		Scene first = plan.days().get(0).get(0);
		assertEquals(org.backlot.core.api.Eighths.format(first.getEighths()), s.scenes().get(0).pages());
		assertFalse(s.locations().isEmpty());
		assertFalse(s.locations().get(0).address().isEmpty(), "a location has an address");
	}

	@Test
	void castCallsComeInOrderPickUpMakeUpOnSet() {
		CallSheet s = CallSheet.build(p, board, 1);
		assertFalse(s.cast().isEmpty());
		int lastNumber = 0;
		for (CallSheet.CastCall c : s.cast()) {
			assertTrue(c.castNumber() > lastNumber, "by cast number");
			lastNumber = c.castNumber();
			assertTrue(c.pickup().isBefore(c.makeup()), c.toString());
			assertTrue(c.makeup().isBefore(c.onSet()), c.toString());
			assertFalse(c.onSet().isBefore(s.crewCall()), "on set not before crew call");
			assertFalse(c.scenes().isEmpty());
		}
		CallSheet.CastCall linXiao = s.cast().stream().filter(c -> c.castNumber() == 2).findFirst().orElseThrow();
		assertTrue(linXiao.actor().contains("Su Qing"), linXiao.actor());
	}

	@Test
	void sunBackgroundRequirementsAdvanceAndCrew() {
		CallSheet s = CallSheet.build(p, board, 1);
		assertNotNull(s.sun());
		assertTrue(s.sun().sunrise().isBefore(s.sun().sunset()));
		assertTrue(s.sun().sunrise().isAfter(LocalTime.of(6, 30)) && s.sun().sunrise().isBefore(LocalTime.of(8, 0)), s.sun().toString());
		for (CallSheet.Background b : s.background()) {
			assertFalse(b.report().isBefore(s.crewCall().minusMinutes(60)), b.toString());
			assertTrue(b.count() > 0);
		}
		assertEquals(2, s.advance().size());
		assertEquals(2, s.advance().get(0).dayNumber());
		assertEquals(3, s.advance().get(1).dayNumber());
		assertEquals(plan.days().get(1).stream().map(Scene::getNumber).toList(), s.advance().get(0).scenes());
		assertTrue(s.advance().get(0).date().isAfter(s.date()));
		assertEquals(p.getPeople().size(), s.crew().size());
		assertTrue(s.crew().stream().allMatch(c -> c.call().equals(s.crewCall())));
		int last = Boards.days(board).size();
		assertTrue(CallSheet.build(p, board, last).advance().isEmpty(), "nothing after the last day");
	}

	@Test
	void specialRequirementsListWeaponsVehiclesAndEffects() {
		boolean found = false;
		for (int d = 1; d <= Boards.days(board).size(); d++) {
			for (CallSheet.Requirement r : CallSheet.build(p, board, d).requirements()) {
				assertFalse(r.element().isEmpty());
				found |= r.element().contains("Mauser");
				assertFalse(r.element().contains("suitcase"), "props are not special");
			}
		}
		assertTrue(found, "the pistol is listed on its day");
	}

	@Test
	void unknownDayIsRejected() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CallSheet.build(p, board, 99));
		assertTrue(e.getMessage().contains("99"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> CallSheet.build(p, board, 0));
	}

	@Test
	void pdfShowsTheDayScenesAndCast() throws Exception {
		CallSheet s = CallSheet.build(p, board, 1);
		Path out = dir.resolve("day1.pdf");
		CallSheet.pdf(s, out, false);
		assertTrue(Files.size(out) > 1000);
		try (PDDocument doc = Loader.loadPDF(out.toFile())) {
			assertTrue(doc.getNumberOfPages() <= 3, "a short call sheet");
			String text = new PDFTextStripper().getText(doc);
			assertTrue(text.contains("The Last Pot of Tea"), text);
			assertTrue(text.contains(s.scenes().get(0).synopsis().substring(0, 10)), text);
			assertTrue(text.contains("Chongqing Emergency Medical Center"), "nearest hospital: " + text);
			assertTrue(text.contains("Su Qing"), text);
			assertTrue(text.contains(s.crewCall().toString()), text);
		}
		Path letter = dir.resolve("day1-letter.pdf");
		CallSheet.pdf(s, letter, true);
		try (PDDocument doc = Loader.loadPDF(letter.toFile())) {
			assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 1);
		}
	}
}
