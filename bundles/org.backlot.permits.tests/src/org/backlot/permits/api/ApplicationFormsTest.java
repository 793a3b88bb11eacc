// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backlot.model.permits.PeriodKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application form as a PDF: every section with its values, labels in the language chosen, page size, page flow. */
class ApplicationFormsTest {
	@TempDir
	Path dir;

	private static String text(Path file) throws Exception {
		try (PDDocument doc = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(doc);
		}
	}

	private static void assertContains(String text, List<String> expected) {
		for (String s : expected) {
			assertTrue(text.contains(s), "\"" + s + "\" in:\n" + text);
		}
	}

	@Test
	void englishFormShowsEveryFieldWithEnglishLabels() throws Exception {
		PermitFormFixture f = new PermitFormFixture();
		Path out = dir.resolve("en.pdf");
		ApplicationForms.pdf(f.application, Locale.ENGLISH, false, out);
		String text = text(out);
		assertContains(text, List.of("Yuzhong Public Security Bureau", PermitFormFixture.ID, "FX-3f2a9c1e", "Submitted", "YZ-2027-0042",
				"Applicant company", "Backlot Pictures Ltd.", "Person in charge on location", "Wang Lei", "138 0000 1234",
				"The Last Pot of Tea", "Feature film", "Night chase along the wharf", "Scene 15: 40 background actors",
				"Chaotianmen Wharf", "1 Chaotianmen Square", "Public place", "Private property", "Chongqing Port Authority",
				"Lot B beside the ferry terminal", "attached: wharf-sketch.pdf", "Dates and hours", "Preparation", "Filming", "Strike",
				"Rain day", "2027-03-02 18:00", "Cast and crew on site", "85", "2 grip trucks", "Camera crane", "Xinyi Street, north lane",
				"Two marshals divert traffic", "Firearms and prop weapons", "Crowds", "Insurance certificate", "insurance.pdf",
				"2027-12-31", "Owner consent", "missing", "1,500.00 yuan", "No firing of blanks", "Applicant (signature and company seal)",
				"Date"));
		assertTrue(text.contains("Site sketch attached: wharf-sketch.pdf") && text.contains("Site sketch missing"),
				"the wharf's sketch is attached, the teahouse has none");
		assertTrue(text.contains("\u6700\u540e\u4e00\u58f6\u8336"), "the original title in Chinese, also on the English form");
		assertFalse(text.contains("\u7533\u8bf7\u5355\u4f4d"), "no Chinese labels on the English form");
		assertFalse(text.contains("form."), "no missing label keys");
		try (PDDocument doc = Loader.loadPDF(out.toFile())) {
			assertEquals(595, doc.getPage(0).getMediaBox().getWidth(), 1, "A4");
			assertEquals(842, doc.getPage(0).getMediaBox().getHeight(), 1);
		}
	}

	@Test
	void chineseFormHasChineseLabelsWhateverTheDefaultLocale() throws Exception {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		try {
			PermitFormFixture f = new PermitFormFixture();
			Path out = dir.resolve("zh.pdf");
			ApplicationForms.pdf(f.application, Locale.SIMPLIFIED_CHINESE, true, out);
			String text = text(out);
			assertContains(text, List.of("\u6e1d\u4e2d\u533a\u516c\u5b89\u5206\u5c40", "\u7533\u8bf7\u5355\u4f4d", "\u73b0\u573a\u8d1f\u8d23\u4eba",
					"\u62cd\u6444\u5730\u70b9", "\u671d\u5929\u95e8\u7801\u5934", "\u516c\u5171\u573a\u6240", "\u5df2\u63d0\u4ea4",
					"\u6545\u4e8b\u7247", "\u67aa\u652f\u53ca\u9053\u5177\u6b66\u5668", "\u96e8\u5929\u5907\u7528", "1,500.00 \u5143",
					"\u7f3a", "\u4fdd\u9669\u51ed\u8bc1", "\u7533\u8bf7\u5355\u4f4d\uff08\u7b7e\u5b57\u76d6\u7ae0\uff09", PermitFormFixture.ID, "Wang Lei", "YZ-2027-0042"));
			assertFalse(text.contains("Applicant company"), "no English labels on the Chinese form");
			try (PDDocument doc = Loader.loadPDF(out.toFile())) {
				assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 1, "US Letter");
				assertEquals(792, doc.getPage(0).getMediaBox().getHeight(), 1);
			}
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void aLongListOfPeriodsFlowsOntoAnotherPageWithItsHeader() throws Exception {
		PermitFormFixture f = new PermitFormFixture();
		f.application.getPeriods().clear();
		for (int i = 0; i < 60; i++) {
			f.period(PeriodKind.SHOOT, LocalDate.of(2027, 4, 1).plusDays(i), 8, 20);
		}
		Path out = dir.resolve("long.pdf");
		ApplicationForms.pdf(f.application, Locale.ENGLISH, false, out);
		try (PDDocument doc = Loader.loadPDF(out.toFile())) {
			assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
			PDFTextStripper first = new PDFTextStripper();
			first.setEndPage(1);
			String one = first.getText(doc);
			assertTrue(one.contains("2027-04-01 08:00"), one);
			assertFalse(one.contains("2027-05-30 08:00"), "the last period is not on the first page");
			PDFTextStripper rest = new PDFTextStripper();
			rest.setStartPage(2);
			String later = rest.getText(doc);
			assertTrue(later.contains("2027-05-30 08:00"), later);
			assertTrue(later.contains("Period") && later.contains("Hours"), "the table header repeats");
			assertTrue(later.contains("Page 2"), "pages are numbered");
			assertTrue(later.contains("Signature") || later.contains("signature"), "the form goes on after the table");
		}
		assertContains(text(out), List.of("2027-04-30 08:00", "12"));
	}

	@Test
	void anApplicationWithNothingFilledInStillMakesAForm() throws Exception {
		Path out = dir.resolve("empty.pdf");
		ApplicationForms.pdf(org.backlot.model.permits.PermitsFactory.eINSTANCE.createPermitApplication(), Locale.ENGLISH, false, out);
		assertContains(text(out), List.of("Application for a filming permit", "Locations", "None"));
	}
}
