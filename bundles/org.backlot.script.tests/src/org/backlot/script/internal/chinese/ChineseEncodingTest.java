// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptSource;
import org.junit.jupiter.api.Test;

/** Character sets: GB18030 files are read and flagged, UTF-8 is not; binary files are refused. */
class ChineseEncodingTest {
	private static final String SCRIPT = """
			《江城》
			编剧：王五

			第1场 日 外 永川老街
			人物：林晓、陈默
			△林晓背着相机走来。
			林晓（画外音）：我又回来了。
			""";

	@Test
	void readsGb18030AndWarns() throws Exception {
		byte[] gb = SCRIPT.getBytes(Charset.forName("GB18030"));
		ParsedScript p = new ChineseImporter().read(new ScriptSource("江城.txt", gb));
		assertEquals("GB18030", p.charset());
		assertEquals(1, p.warnings().size(), p.warnings()::toString);
		assertTrue(p.warnings().get(0).contains("GB18030"), p.warnings().get(0));
		assertTrue(p.warnings().get(0).contains("江城.txt"), p.warnings().get(0));
		assertEquals("江城", p.title("title"));
		assertEquals(List.of("HEADING#1|第1场 日 外 永川老街", "CAST_LIST|人物：林晓、陈默", "ACTION|林晓背着相机走来。",
				"CHARACTER|林晓（画外音）", "DIALOGUE|我又回来了。"), ChineseTestSupport.show(p));
	}

	@Test
	void gb18030DetectsAsHighAsUtf8() {
		ChineseImporter importer = new ChineseImporter();
		int gb = importer.detect(new ScriptSource("a.txt", SCRIPT.getBytes(Charset.forName("GB18030"))));
		int utf8 = importer.detect(new ScriptSource("a.txt", SCRIPT.getBytes(StandardCharsets.UTF_8)));
		assertEquals(utf8, gb);
		assertTrue(gb >= 85, "score " + gb);
	}

	@Test
	void utf8IsNotFlagged() throws Exception {
		ParsedScript p = new ChineseImporter().read(new ScriptSource("a.txt", SCRIPT.getBytes(StandardCharsets.UTF_8)));
		assertEquals("UTF-8", p.charset());
		assertEquals(List.of(), p.warnings());
	}

	@Test
	void utf8ByteOrderMarkAndCrLf() throws Exception {
		byte[] body = SCRIPT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xef;
		withBom[1] = (byte) 0xbb;
		withBom[2] = (byte) 0xbf;
		System.arraycopy(body, 0, withBom, 3, body.length);
		ParsedScript p = new ChineseImporter().read(new ScriptSource("a.txt", withBom));
		assertEquals("江城", p.title("title"), "the BOM is not part of the title line");
		assertEquals("第1场 日 外 永川老街", p.elements().get(0).text());
		assertEquals(List.of(), p.warnings());
	}

	@Test
	void utf16WithMarkIsRead() throws Exception {
		byte[] body = SCRIPT.getBytes(StandardCharsets.UTF_16LE);
		byte[] b = new byte[body.length + 2];
		b[0] = (byte) 0xff;
		b[1] = (byte) 0xfe;
		System.arraycopy(body, 0, b, 2, body.length);
		ParsedScript p = new ChineseImporter().read(new ScriptSource("a.txt", b));
		assertEquals("UTF-16LE", p.charset());
		assertEquals(5, p.elements().size(), ChineseTestSupport.show(p)::toString);
	}

	@Test
	void refusesBinaryPdfAndEmpty() {
		ChineseImporter importer = new ChineseImporter();
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
		ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> importer.read(new ScriptSource("a.pdf", pdf)));
		assertTrue(e.getMessage().contains("a.pdf"), e.getMessage());
		byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 8, 0 };
		assertThrows(ScriptFormatException.class, () -> importer.read(new ScriptSource("a.docx", zip)));
		assertThrows(ScriptFormatException.class, () -> importer.read(new ScriptSource("a.txt", new byte[0])));
		assertThrows(ScriptFormatException.class, () -> importer.read(ScriptSource.ofText("a.txt", " \n\u3000\n")));
		assertThrows(ScriptFormatException.class, () -> importer.read(null));
	}

	@Test
	void textWithoutHeadingsWarns() throws Exception {
		ParsedScript p = ChineseTestSupport.readText("△林晓走来。\n林晓：你好。\n");
		assertEquals(1, p.warnings().size(), p.warnings()::toString);
		assertTrue(p.warnings().get(0).contains("test.txt"), p.warnings().get(0));
		assertNull(p.title("title"));
	}
}
