// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The bundled word lists: present, large enough, and every listed term found again by the tagger. */
class LexiconFilesTest {
	@Test
	void everyListLoadsWithoutWarnings() {
		Lexicon l = Lexicon.standard();
		assertEquals(List.of(), l.warnings());
		assertEquals(List.of(), People.standard().warnings());
		int en = 0;
		int zh = 0;
		for (String c : Categories.LEXICON) {
			int min = c.equals(Categories.PROPS) ? 60 : 30;
			assertTrue(l.entries(c, "en") >= min, c + ".en.txt has " + l.entries(c, "en") + " entries");
			assertTrue(l.entries(c, "zh") >= min, c + ".zh.txt has " + l.entries(c, "zh") + " entries");
			en += l.entries(c, "en");
			zh += l.entries(c, "zh");
		}
		System.out.println("lexicon: " + Categories.LEXICON.size() + " categories, " + en + " English and " + zh
				+ " Chinese entries, 0 warnings");
	}

	@Test
	void everyTermIsFoundAsItsCategoryOrAMoreSpecificOne() throws IOException {
		LexiconTagger tagger = new LexiconTagger();
		List<String> lost = new ArrayList<>();
		int terms = 0;
		for (String c : Categories.LEXICON) {
			for (String lang : Lexicon.LANGUAGES) {
				String file = Lexicon.FOLDER + c + '.' + lang + ".txt";
				try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
					assertNotNull(in, file);
					BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
					String line;
					while ((line = r.readLine()) != null) {
						line = line.strip();
						if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
							continue;
						}
						for (String t : line.split("\\|")) {
							String term = t.strip().replaceFirst("^\\?", "").strip();
							terms++;
							List<Para> scene = List.of(new Para(Para.ACTION, term.toLowerCase(Locale.ROOT)));
							boolean ok = tagger.tag(scene).stream().anyMatch(s -> s.start() == 0
									&& s.length() == term.length() && Categories.rank(s.category()) <= Categories.rank(c));
							if (!ok) {
								lost.add(c + '.' + lang + ": " + term);
							}
						}
					}
				}
			}
		}
		assertEquals(List.of(), lost);
		System.out.println("lexicon round trip: " + terms + "/" + terms + " listed terms tagged as listed");
	}
}
