// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.Element;
import org.backlot.schedule.api.Dood;
import org.backlot.schedule.api.DoodColumn;
import org.backlot.schedule.api.DoodExport;
import org.backlot.schedule.api.DoodRow;
import org.backlot.schedule.api.DoodTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day-out-of-days PDF: readable names and codes, landscape, split over pages when large. */
class DoodPdfTest {
	@TempDir
	Path dir;

	private static String text(Path file) throws Exception {
		try (PDDocument doc = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(doc);
		}
	}

	@Test
	void gridShowsElementsCodesTotalsAndLegend() throws Exception {
		DoodFixture f = new DoodFixture();
		DoodTable t = Dood.compute(f.production, f.board, Dood.CAST);
		Path out = dir.resolve("dood.pdf");
		DoodExport.pdf(t, out, false);
		try (PDDocument doc = Loader.loadPDF(out.toFile())) {
			assertEquals(1, doc.getNumberOfPages());
			assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(), "landscape");
		}
		String text = text(out);
		for (String s : List.of("1. Anna", "2. Bo", "4. Dai", "5. Eva", "SWF", "PW", "TR", "FT", "WF", "Spring Fest")) {
			assertTrue(text.contains(s), s + " in " + text);
		}
		assertTrue(text.contains(Messages.doodLegend.substring(0, 12)), "legend");
		DoodExport.pdf(t, dir.resolve("letter.pdf"), true);
		try (PDDocument doc = Loader.loadPDF(dir.resolve("letter.pdf").toFile())) {
			assertEquals(792, doc.getPage(0).getMediaBox().getWidth(), 1);
		}
	}

	@Test
	void largeTableIsSplitAcrossPagesWithoutLosingRows() throws Exception {
		List<DoodColumn> columns = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			columns.add(new DoodColumn(LocalDate.of(2027, 3, 1).plusDays(i), i + 1, null));
		}
		List<DoodRow> rows = new ArrayList<>();
		for (int r = 0; r < 45; r++) {
			Element e = BreakdownFactory.eINSTANCE.createElement();
			e.setName("Element " + r);
			List<String> codes = new ArrayList<>(Collections.nCopies(60, ""));
			codes.set(r, "SW");
			codes.set(59, "WF");
			rows.add(new DoodRow(e, codes, 2, 0, 0, 0, columns.get(r).date(), columns.get(59).date()));
		}
		Path out = dir.resolve("big.pdf");
		DoodExport.pdf(new DoodTable("Props", columns, rows), out, false);
		try (PDDocument doc = Loader.loadPDF(out.toFile())) {
			assertTrue(doc.getNumberOfPages() >= 4, "split across dates and rows: " + doc.getNumberOfPages());
		}
		String text = text(out);
		assertTrue(text.contains("Element 0") && text.contains("Element 44"), text);
		assertTrue(Files.size(out) > 0);
	}
}
