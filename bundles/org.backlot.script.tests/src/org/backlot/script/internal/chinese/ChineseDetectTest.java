// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.backlot.script.api.ScriptSource;
import org.backlot.script.internal.SharedTestData;
import org.junit.jupiter.api.Test;

/** How sure the importer is: high for Chinese scripts, low for Fountain and English, 0 for XML and PDF. */
class ChineseDetectTest {
	private final ChineseImporter importer = new ChineseImporter();

	@Test
	void highForOwnChineseScripts() throws IOException {
		for (String f : List.of("short-film.txt", "tv-episode.txt", "labeled.txt", "mixed.txt")) {
			int score = importer.detect(ScriptSource.of(SharedTestData.own("chinese/" + f)));
			assertTrue(score >= 85, f + " scored " + score);
		}
	}

	@Test
	void lowForEnglishFountain() {
		String fountain = """
				Title: Brick & Steel
				Author: Stu Maschwitz

				EXT. BRICK'S PATIO - DAY

				A gorgeous day. The sun is shining.

				BRICK
				Note: we leave at dawn.

				CUT TO:
				""";
		int score = importer.detect(ScriptSource.ofText("a.fountain", fountain));
		assertTrue(score <= 10, "score " + score);
	}

	@Test
	void zeroForXmlAndPdf() {
		String fdx = "<?xml version=\"1.0\"?><FinalDraft><Content><Paragraph Type=\"Action\"><Text>△林晓：你好</Text></Paragraph>"
				+ "</Content></FinalDraft>";
		assertEquals(0, importer.detect(ScriptSource.ofText("a.fdx", fdx)));
		byte[] pdf = "%PDF-1.4\n第1场 日 外 老街\n".getBytes(StandardCharsets.UTF_8);
		assertEquals(0, importer.detect(new ScriptSource("a.pdf", pdf)));
		assertEquals(0, importer.detect(new ScriptSource("a.txt", new byte[0])));
	}

	@Test
	void lowForChineseProse() {
		String prose = "那一年夏天，我第一次来到重庆。江边的风很大，街上都是卖冰粉的小摊。\n我们在老街上走了一整天。\n";
		int score = importer.detect(ScriptSource.ofText("a.txt", prose));
		assertTrue(score > 0 && score < 50, "score " + score);
	}

	/** Every file of the shared third-party suites is a Fountain, FDX or PDF file, none a Chinese script. */
	@Test
	void lowForSharedSuites() throws IOException {
		Path root = SharedTestData.screenplays("jouvence").getParent();
		List<String> high = new ArrayList<>();
		int files = 0;
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.filter(Files::isRegularFile).toList()) {
				files++;
				int score = importer.detect(ScriptSource.of(p));
				if (score >= 50) {
					high.add(root.relativize(p) + "=" + score);
				}
			}
		}
		System.out.println("conformance shared screenplays (detect chinese < 50): " + (files - high.size()) + "/" + files
				+ " files pass (0 deliberate differences)");
		assertTrue(files > 0);
		assertEquals(List.of(), high);
	}
}
