// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptSource;
import org.backlot.script.api.SceneHeadings;
import org.backlot.script.internal.SharedTestData;
import org.junit.jupiter.api.Test;

/** Broken input fails only with ScriptFormatException; a long script reads fast. */
class ChineseRobustnessTest {
	private static final String POOL = "第场集一二十12３４-－、，．.:：（）()【】△▲日夜内外晨黄昏场景时间地点人物林晓说道切至淡入 \u3000\n\r\t#\"“”。！？ABCINT EXT\u00a0\u2003\u202f";

	@Test
	void randomTextNeverThrowsAnythingElse() {
		Random r = new Random(20240611L);
		ChineseImporter importer = new ChineseImporter();
		for (int n = 0; n < 3000; n++) {
			StringBuilder sb = new StringBuilder();
			int len = r.nextInt(120);
			for (int i = 0; i < len; i++) {
				sb.append(POOL.charAt(r.nextInt(POOL.length())));
			}
			String text = sb.toString();
			try {
				ChineseHeadings.match(text);
				SceneHeadings.parse(text);
				importer.detect(ScriptSource.ofText("f.txt", text));
				ParsedScript p = importer.read(ScriptSource.ofText("f.txt", text));
				for (var e : p.elements()) {
					assertTrue(e.text() != null, text);
				}
			} catch (ScriptFormatException expected) {
				// blank input
			} catch (RuntimeException e) {
				fail("input " + text.replace("\n", "\\n") + " threw " + e, e);
			}
		}
	}

	@Test
	void randomBytesNeverThrowAnythingElse() {
		Random r = new Random(7L);
		ChineseImporter importer = new ChineseImporter();
		byte[] base = "第1场 日 外 老街\n林晓（笑）：你好。\n△走。\n".getBytes(Charset.forName("GB18030"));
		for (int n = 0; n < 2000; n++) {
			byte[] b = base.clone();
			for (int k = 0; k < 4; k++) {
				b[r.nextInt(b.length)] = (byte) r.nextInt(256);
			}
			byte[] cut = java.util.Arrays.copyOf(b, 1 + r.nextInt(b.length));
			try {
				importer.detect(new ScriptSource("f.txt", cut));
				importer.read(new ScriptSource("f.txt", cut));
			} catch (ScriptFormatException expected) {
				// binary or blank
			} catch (RuntimeException e) {
				fail("bytes threw " + e, e);
			}
		}
	}

	@Test
	void longScriptReadsWellUnder100Ms() throws Exception {
		String one = Files.readString(SharedTestData.own("chinese/short-film.txt"), StandardCharsets.UTF_8);
		String body = one.substring(one.indexOf("第1场"));
		StringBuilder sb = new StringBuilder(one);
		for (int i = 0; i < 40; i++) {
			sb.append('\n').append(body);
		}
		byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
		ChineseImporter importer = new ChineseImporter();
		long best = Long.MAX_VALUE;
		ParsedScript p = null;
		for (int run = 0; run < 8; run++) {
			ScriptSource source = new ScriptSource("long.txt", bytes);
			long t0 = System.nanoTime();
			p = importer.read(source);
			best = Math.min(best, System.nanoTime() - t0);
		}
		long lines = sb.chars().filter(c -> c == '\n').count();
		long ms = best / 1_000_000;
		System.out.println("chinese import speed: " + lines + " lines, " + p.elements().size() + " elements in " + ms + " ms (best of 8)");
		assertEquals(410, p.elements().stream().filter(e -> e.type() == ElementType.HEADING).count());
		assertTrue(ms < 100, "took " + ms + " ms");
	}
}
