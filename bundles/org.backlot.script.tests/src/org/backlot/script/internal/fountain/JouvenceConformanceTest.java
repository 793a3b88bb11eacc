// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.TitleEntry;
import org.backlot.script.internal.SharedTestData;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Jouvence's parser tests (shared/testdata/screenplays/jouvence/test_*.yaml):
 * every YAML document gives the input, the element list with one-character
 * type prefixes and the title page.
 * <p>
 * The breakdown mapping: jouvence keeps blank lines as action ("!" elements,
 * or "\n" at the start or end of an action, e.g. the blank line after every
 * scene heading) and keeps emphasis markers. A breakdown has no use for empty
 * action and reads text without markers, so the expectation is mapped before
 * comparing: markers removed, action split at blank lines into one element
 * per paragraph, trailing blanks of lines dropped, empty action dropped.
 */
class JouvenceConformanceTest {
	/** Cases where we differ from jouvence on purpose, with the reason. */
	static final Map<String, String> DELIBERATE = Map.of(
			"test_lyrics.yaml#2",
			"every line starting with '~' is a lyric (fountain.io: lyrics are forced line by line; fountain-tools agrees); "
					+ "jouvence makes the whole paragraph action",
			"test_transitions.yaml#3",
			"trailing blanks are invisible in an editor, so 'NOT A TRANSITION TO:  ' reads as the transition the writer sees; "
					+ "jouvence keeps it action");

	/** For each deliberate difference, the mapped element list with only that difference applied. */
	static final Map<String, List<String>> OURS = Map.of(
			"test_lyrics.yaml#2", List.of("~This is lyrics", "!But this is not"),
			"test_transitions.yaml#3", List.of(">NOT A TRANSITION TO:", "!Because it has spaces after the colon."));

	@Test
	void everyCase() throws IOException {
		Path dir = SharedTestData.screenplays("jouvence");
		Tally tally = new Tally("jouvence", DELIBERATE);
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(p -> p.getFileName().toString().matches("test_.*\\.yaml")).sorted().toList();
		}
		for (Path file : files) {
			int n = 0;
			for (Object doc : new Yaml().loadAll(Fixtures.read(file))) {
				if (!(doc instanceof Map<?, ?> map) || !map.containsKey("in")) {
					continue;
				}
				n++;
				String name = file.getFileName().toString();
				String id = name + "#" + n;
				ParsedScript parsed = Fixtures.parse(String.valueOf(map.get("in")));
				List<String> written = new ArrayList<>();
				List<String> mapped = new ArrayList<>();
				Object out = map.get("out");
				if (out instanceof List<?> list) {
					for (Object o : list) {
						written.add(String.valueOf(o));
						mapped.addAll(breakdownView(String.valueOf(o)));
					}
				}
				Map<String, String> titleWritten = new LinkedHashMap<>();
				Map<String, String> titleMapped = new LinkedHashMap<>();
				if (map.get("title") instanceof Map<?, ?> title) {
					title.forEach((k, v) -> {
						titleWritten.put(String.valueOf(k), String.valueOf(v));
						titleMapped.put(String.valueOf(k), InlineMarkup.strip(String.valueOf(v)));
					});
				}
				List<String> actual = prefixed(parsed);
				Map<String, String> actualTitle = new LinkedHashMap<>();
				for (TitleEntry e : parsed.titlePage()) {
					actualTitle.put(e.key(), e.value());
				}
				List<String> ours = OURS.get(id);
				tally.check(name, id, List.of(written, titleWritten), List.of(mapped, titleMapped),
						ours == null ? null : List.of(ours, titleMapped), List.of(actual, actualTitle));
			}
		}
		tally.finish();
	}

	/** Our elements with jouvence's prefixes. */
	static List<String> prefixed(ParsedScript parsed) {
		List<String> result = new ArrayList<>();
		for (ScriptElement e : parsed.elements()) {
			String prefix = switch (e.type()) {
			case HEADING -> ".";
			case ACTION -> "!";
			case CENTERED -> "!><";
			case CHARACTER -> "@";
			case DIALOGUE -> "=";
			case PARENTHETICAL -> "_";
			case TRANSITION -> ">";
			case LYRIC -> "~";
			case SECTION -> "#".repeat(e.depth());
			case SYNOPSIS -> "+";
			case PAGE_BREAK -> "<pagebreak>";
			default -> "?" + e.type() + ":";
			};
			result.add(prefix + e.text());
		}
		return result;
	}

	/** One of jouvence's expected elements mapped to the breakdown view (zero or more elements). */
	static List<String> breakdownView(String expected) {
		if (expected.equals("<pagebreak>")) {
			return List.of(expected);
		}
		String prefix;
		if (expected.startsWith("!><")) {
			prefix = "!><";
		} else if (expected.startsWith("#")) {
			prefix = expected.substring(0, expected.length() - expected.replaceFirst("^#+", "").length());
		} else {
			prefix = expected.substring(0, 1);
		}
		String text = InlineMarkup.strip(expected.substring(prefix.length()));
		if (!prefix.equals("!")) {
			return List.of(prefix + text.strip());
		}
		List<String> paragraphs = new ArrayList<>();
		for (String para : text.split("\n\\s*\n")) {
			String p = para.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
			p = p.replaceAll("^\n+|\n+$", "");
			if (!p.isBlank()) {
				paragraphs.add("!" + p);
			}
		}
		return paragraphs;
	}
}
