// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Random;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptSource;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** Character sets, detection, binary input, speed and broken input. */
class FountainRobustnessTest {
	private final FountainImporter importer = new FountainImporter();

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void byteOrderMarkIsGone() throws ScriptFormatException {
		byte[] body = utf8("INT. CAFÉ - DAY\r\n\r\nBOB\r\nHi.\r\n");
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xef;
		bytes[1] = (byte) 0xbb;
		bytes[2] = (byte) 0xbf;
		System.arraycopy(body, 0, bytes, 3, body.length);
		ParsedScript p = importer.read(new ScriptSource("bom.fountain", bytes));
		assertEquals("INT. CAFÉ - DAY", p.elements().get(0).text());
		assertEquals(ElementType.HEADING, p.elements().get(0).type());
		assertEquals("UTF-8", p.charset());
		assertTrue(p.warnings().isEmpty());
	}

	@Test
	void guessedCharsetIsNamedInAWarning() throws ScriptFormatException {
		byte[] bytes = "INT. CAFÉ - DAY\n\nThe café is empty.\n".getBytes(Charset.forName("windows-1252"));
		ParsedScript p = importer.read(new ScriptSource("latin.fountain", bytes));
		assertEquals("windows-1252", p.charset());
		assertEquals("The café is empty.", Fixtures.texts(p, ElementType.ACTION).get(0));
		assertEquals(1, p.warnings().size());
		assertTrue(p.warnings().get(0).contains("windows-1252"), p.warnings().get(0));
	}

	@Test
	void messagesExistInBothLanguages() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_zh.properties" }) {
			Properties props = new Properties();
			try (InputStream in = Messages.class.getResourceAsStream(file)) {
				assertTrue(in != null, file + " missing");
				props.load(in);
			}
			for (var field : Messages.class.getFields()) {
				String value = props.getProperty(field.getName());
				assertTrue(value != null && !value.isBlank(), file + " lacks " + field.getName());
			}
		}
		assertFalse(Messages.unterminatedNote.startsWith("NLS missing"), Messages.unterminatedNote);
		assertTrue(NLS.bind(Messages.unterminatedNote, Integer.valueOf(7)).contains("7"));
	}

	@Test
	void detectsFountain() {
		String script = "Title: Brick\nAuthor: Stu\n\nINT. HOUSE - DAY\n\nBob sits.\n\nBOB\nHello.\n\nALICE\nHi.\n\nEXT. ROAD - NIGHT\n\nRain.\n";
		assertTrue(importer.detect(new ScriptSource("x.txt", utf8(script))) >= 80);
		String action = "Just some prose.\n\nMore prose.\n";
		int plain = importer.detect(new ScriptSource("x.txt", utf8(action)));
		int named = importer.detect(new ScriptSource("x.fountain", utf8(action)));
		assertTrue(named > plain && plain > 0 && plain < 50, plain + " " + named);
	}

	@Test
	void detectsOtherFormatsAsUnlikely() {
		String fdx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FinalDraft DocumentType=\"Script\">\n<Content>\n"
				+ "<Paragraph Type=\"Scene Heading\"><Text>INT. HOUSE - DAY</Text></Paragraph>\n</Content>\n</FinalDraft>\n";
		assertTrue(importer.detect(new ScriptSource("x.fdx", utf8(fdx))) <= 5);
		assertTrue(importer.detect(new ScriptSource("x.html", utf8("<div class=\"action\"><p>INT. HOUSE</p></div>\n"))) <= 5);
		byte[] pdf = utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
		assertTrue(importer.detect(new ScriptSource("x.pdf", pdf)) <= 5);
		String chinese = "第1场 日 外 永川老街\n\n人物：林晓、陈默\n\n△林晓走在街上。\n\n林晓：你好。\n\n第2场 夜 内 茶馆\n\n△茶馆里很安静。\n";
		assertTrue(importer.detect(new ScriptSource("x.txt", utf8(chinese))) <= 15);
		byte[] binary = new byte[512];
		new Random(1).nextBytes(binary);
		binary[3] = 0;
		assertEquals(0, importer.detect(new ScriptSource("x.bin", binary)));
		assertEquals(0, importer.detect(new ScriptSource("x.fountain", new byte[0])));
	}

	@Test
	void binaryIsRefused() {
		byte[] binary = new byte[] { 'I', 'N', 'T', 0, 1, 2, 3, 0, 0 };
		ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> importer.read(new ScriptSource("x.fountain", binary)));
		assertTrue(e.getMessage().contains("x.fountain"), e.getMessage());
	}

	@Test
	void brokenInputNeverThrows() {
		String alphabet = "INTEX./ \n\n\r\t#=!@~><^()[]*_\\:abcAB12";
		Random random = new Random(42);
		for (int n = 0; n < 3000; n++) {
			char[] chars = new char[random.nextInt(120)];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			String text = new String(chars);
			ParsedScript p = Fixtures.parse(text);
			assertTrue(p.elements().stream().allMatch(e -> e.text() != null && e.type() != null), text);
		}
		// every kind of unclosed marker at the very end
		for (String end : new String[] { "/*", "[[", "/* [[", "[[ /*", ">", "@", "~", "!", ".", "#", "=", "^", "(" }) {
			assertTrue(Fixtures.parse("BOB\nHi.\n\n" + end).elements().size() >= 2, end);
		}
	}

	@Test
	void aFeatureLengthScriptParsesInAFewMilliseconds() {
		StringBuilder b = new StringBuilder("Title: Speed\nAuthor: Test\n\n");
		int scene = 0;
		// about 120 pages: 6,000 lines
		while (b.length() < 78_000) {
			scene++;
			b.append("INT. ROOM ").append(scene).append(" - DAY #").append(scene).append("#\n\n");
			b.append("Bob walks in, *slowly*, and sits down. [[check the chair]] The _room_ is dark.\nHe waits.\n\n");
			b.append("BOB (V.O.)\n(quietly)\nWhere is everyone?\nAnyone?\n\n");
			b.append("ALICE ^\nHere.\n\n/* cut this */\nCUT TO:\n\n");
		}
		String text = b.toString();
		long lines = text.lines().count();
		assertTrue(lines >= 6000 && lines < 6500, "lines: " + lines);
		for (int i = 0; i < 400; i++) {
			Fixtures.parse(text);
		}
		long[] times = new long[21];
		ParsedScript p = null;
		for (int i = 0; i < times.length; i++) {
			long t0 = System.nanoTime();
			p = Fixtures.parse(text);
			times[i] = System.nanoTime() - t0;
		}
		Arrays.sort(times);
		double ms = times[times.length / 2] / 1e6;
		System.out.printf("fountain speed: %d lines, %d elements in %.2f ms (median, warm)%n", lines, p.elements().size(), ms);
		assertEquals(scene, Fixtures.of(p, ElementType.HEADING).size());
		// a few ms on a developer machine; the bound leaves room for a busy build server
		assertTrue(ms < 40, "median parse took " + ms + " ms");
	}
}
