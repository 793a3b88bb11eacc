// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.TitleEntry;
import org.backlot.script.internal.SharedTestData;
import org.junit.jupiter.api.Test;

/**
 * fountain-tools' parser tests (shared/testdata/screenplays/fountain-tools):
 * {@code X.fountain} against {@code X.txt}, one element a line such as
 * {@code HEADING:"INT. SCENE 1 - DAY" (3)}. Where a file has merged and
 * unmerged variants we compare with {@code X-Merged.txt}: consecutive lines of
 * dialogue are one element, as we read them. fountain-tools' merged action
 * also swallows blank lines; the breakdown mapping splits it at blank lines
 * into one element per paragraph, as we read action.
 * <p>
 * Further mapping: emphasis markers and the note/boneyard placeholders
 * ({@code [[0]]}, {@code /*0*\/}) are removed from the expected text, empty
 * action is dropped, fountain-tools' name and extension are joined into our
 * cue text, our "(CONT'D)" is dropped (fountain-tools drops it) and our
 * parentheticals lose their brackets (fountain-tools drops them). Notes are
 * compared separately, in order, with the blanks around their lines trimmed.
 */
class FountainToolsConformanceTest {
	/** Cases where we differ from fountain-tools on purpose, with the reason. */
	static final Map<String, String> DELIBERATE = Map.of(
			"Boneyards",
			"'CUT TO:' right before a boneyard that is followed by a heading is a transition (the boneyard is invisible; screenplain "
					+ "agrees); fountain-tools keeps it in the action",
			"Character",
			"'3CPO' is a cue: fountain.io only asks for one letter in a name ('R2D2'; only digits-only names are not cues); "
					+ "fountain-tools refuses names starting with a digit",
			"Notes",
			"a note closed only after a blank line is no note, but fountain-tools then merges the following action into "
					+ "JACK's dialogue; we keep the action as action and the unclosed '[[' as text (with a warning)",
			"Parenthetical",
			"'(bouncy)' right after '(loudly)' is a second parenthetical; fountain-tools reads it as dialogue",
			"Sections",
			"a script that starts with 'CUT TO:' has no title page (a first key needs a value), so it is a transition; "
					+ "fountain-tools makes it a title entry",
			"Tags",
			"'#tag' words are a fountain-tools extension, not fountain.io syntax: the text stays as written",
			"Formatted#2",
			"emphasis nests (fountain.io): *Leupold Mark 4* inside an underline is italic; fountain-tools leaves the stars");

	/**
	 * For each deliberate difference, the expectation with only that difference
	 * applied: the case must match it exactly.
	 */
	static final Map<String, UnaryOperator<Expected>> OURS = Map.of(
			"Boneyards", x -> x.replace(List.of("ACTION:CUT TO:"), List.of("TRANSITION:CUT TO:")),
			"Character", x -> x.replace(List.of("ACTION:3CPO\nNot work."), List.of("CHARACTER:3CPO", "DIALOGUE:Not work.")),
			"Notes", x -> new Expected(List.of("HEADING:INT. TRAILER HOME - DAY",
					"ACTION:This is the home of THE BOY BAND, AKA DAN and JACK. They too are drinking beer, and counting the take "
							+ "from their last smash-and-grab. Money, drugs, and ridiculous props are strewn about the table.",
					"CHARACTER:JACK", "PARENTHETICAL:in Vietnamese, subtitled", "DIALOGUE:Did you know Brick and Steel are retired?",
					"ACTION:His hand is an inch from the receiver when the phone RINGS. Scott pauses for a moment, suspicious for "
							+ "some reason. He looks around. Phone ringing.",
					"ACTION:Testing a note without spaces[[This\ndoesn't have spaces. Shouldn't work.",
					"ACTION:Definitely shouldn't. Because of that blank line.]] He looks around. Phone ringing."),
					x.notes().subList(0, 3), x.title()),
			"Parenthetical", x -> x.replace(List.of("DIALOGUE:(bouncy)\nAlso trying this?"),
					List.of("PARENTHETICAL:bouncy", "DIALOGUE:Also trying this?")),
			"Sections", x -> new Expected(x.replace(List.of(), List.of("TRANSITION:CUT TO:")).elements(), x.notes(), List.of()));

	private static final Pattern RECORD = Pattern.compile(
			"^(?:\\[\\[\\d+\\]\\]|/\\*\\d+\\*/)?(?:HEADING|ACTION|CHARACTER|DIALOGUE|PARENTHETICAL|TRANSITION|SECTION|SYNOPSIS|LYRIC|PAGEBREAK|NOTE|BONEYARD|TITLEENTRY):\"",
			Pattern.MULTILINE);
	private static final Pattern ELEMENT = Pattern.compile(
			"(?:\\[\\[(\\d+)\\]\\]|/\\*\\d+\\*/)?([A-Z]+):\"(.*?)\"((?: \"[^\"]*\")*)(?: \\(([^)]*)\\))?(?: tags:\\S*)?",
			Pattern.DOTALL);
	private static final Pattern TITLE = Pattern.compile("TITLEENTRY:\"(.*?)\":\"(.*)\"", Pattern.DOTALL);
	private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\[\\d+\\]\\]|/\\*\\d+\\*/");
	private static final Pattern CONTD = Pattern.compile("\\s*\\(CONT[’']D\\)", Pattern.CASE_INSENSITIVE);
	private static final Pattern HTML = Pattern.compile("</?[biu]>");

	@Test
	void elementLists() throws IOException, ScriptFormatException {
		Path dir = SharedTestData.screenplays("fountain-tools");
		Tally tally = new Tally("fountain-tools", DELIBERATE);
		for (Path fountain : fountains(dir)) {
			String name = fountain.getFileName().toString().replace(".fountain", "");
			Path txt = dir.resolve(name + "-Merged.txt");
			if (!Files.exists(txt)) {
				txt = dir.resolve(name + ".txt");
			}
			if (!Files.exists(txt) || name.equals("Formatted")) {
				continue;
			}
			Expected expected = expected(Fixtures.read(txt));
			ParsedScript parsed = Fixtures.parse(fountain);
			List<String> actual = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			for (ScriptElement e : parsed.elements()) {
				if (e.type() == ElementType.NOTE) {
					notes.add(e.text());
				} else {
					actual.add(ours(e));
				}
			}
			List<String> title = parsed.titlePage().stream().map(t -> t.key() + "=" + t.value()).toList();
			UnaryOperator<Expected> ours = OURS.get(name);
			Expected adjusted = ours == null ? null : ours.apply(expected);
			tally.check(name, name, null, expected.asList(), adjusted == null ? null : adjusted.asList(),
					List.of(actual, notes, title));
		}
		formatted(dir, tally);
		tally.finish();
	}

	/** Every Fountain file, those without an expected list included, parses and yields elements. */
	@Test
	void everyFileParses() throws IOException, ScriptFormatException {
		Path dir = SharedTestData.screenplays("fountain-tools");
		List<Path> files = fountains(dir);
		assertTrue(files.size() >= 20, "fountain files found: " + files.size());
		for (Path f : files) {
			ParsedScript p = Fixtures.parse(f);
			assertFalse(p.elements().isEmpty() && p.titlePage().isEmpty(), f + " gave nothing");
			assertEquals("UTF-8", p.charset());
		}
		ParsedScript fd = Fixtures.parse(dir.resolve("TestFDX-FD.fountain"));
		assertFalse(Fixtures.of(fd, ElementType.HEADING).isEmpty(), "headings in TestFDX-FD.fountain");
		assertFalse(Fixtures.of(fd, ElementType.CHARACTER).isEmpty(), "cues in TestFDX-FD.fountain");
		// the deliberate difference on Tags: '#tag' words stay in the text
		ParsedScript tags = Fixtures.parse(dir.resolve("Tags.fountain"));
		assertEquals("INT. SCEHE 1 - DAY #scene1Day #mook:music #hababibibi", Fixtures.texts(tags, ElementType.HEADING).get(0));
	}

	/** Formatted.txt shows each paragraph with emphasis as HTML tags: without the tags it is our text. */
	private static void formatted(Path dir, Tally tally) throws IOException, ScriptFormatException {
		List<String> expected = new ArrayList<>();
		for (String para : Fixtures.read(dir.resolve("Formatted.txt")).strip().split("\n\\s*\n")) {
			expected.add(HTML.matcher(para).replaceAll(""));
		}
		ParsedScript parsed = Fixtures.parse(dir.resolve("Formatted.fountain"));
		List<String> actual = Fixtures.texts(parsed, ElementType.ACTION);
		for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
			String e = i < expected.size() ? expected.get(i) : "<none>";
			String a = i < actual.size() ? actual.get(i) : "<none>";
			String id = "Formatted#" + (i + 1);
			tally.check("Formatted", id, e, e, DELIBERATE.containsKey(id) ? e.replace("*", "") : null, a);
		}
	}

	private static List<Path> fountains(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.toString().endsWith(".fountain")).sorted().toList();
		}
	}

	/** Our element in the comparison form. */
	static String ours(ScriptElement e) {
		return switch (e.type()) {
		case HEADING -> "HEADING:" + e.text() + (e.sceneNumber() == null ? "" : " #" + e.sceneNumber());
		case CHARACTER -> "CHARACTER:" + CONTD.matcher(e.text()).replaceAll("") + (e.dual() ? " ^" : "");
		case PARENTHETICAL -> "PARENTHETICAL:" + e.text().substring(1, e.text().length() - 1);
		case SECTION -> "SECTION:" + e.text() + " (" + e.depth() + ")";
		case PAGE_BREAK -> "PAGEBREAK:";
		default -> e.type() + ":" + e.text();
		};
	}

	/** The expected element list, notes and title page of a .txt file, mapped as the class comment says. */
	record Expected(List<String> elements, List<String> notes, List<String> title) {
		/** The three lists, for comparing. */
		List<Object> asList() {
			return List.of(elements, notes, title);
		}

		/** A copy with the sublist {@code from} replaced (an empty {@code from} inserts at the start). */
		Expected replace(List<String> from, List<String> to) {
			List<String> e = new ArrayList<>(elements);
			int at = from.isEmpty() ? 0 : Collections.indexOfSubList(e, from);
			if (at < 0) {
				throw new AssertionError("not in the expectation: " + from);
			}
			e.subList(at, at + from.size()).clear();
			e.addAll(at, to);
			return new Expected(e, notes, title);
		}
	}

	static Expected expected(String txt) {
		List<Integer> starts = new ArrayList<>();
		Matcher r = RECORD.matcher(txt);
		while (r.find()) {
			starts.add(r.start());
		}
		List<String> elements = new ArrayList<>();
		Map<Integer, String> notes = new TreeMap<>();
		List<String> title = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			String rec = txt.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : txt.length());
			rec = rec.endsWith("\n") ? rec.substring(0, rec.length() - 1) : rec;
			Matcher t = TITLE.matcher(rec);
			if (t.matches()) {
				title.add(t.group(1).toLowerCase() + "=" + InlineMarkup.strip(t.group(2).strip().replaceAll("\n\\s*", "\n")));
				continue;
			}
			Matcher m = ELEMENT.matcher(rec);
			if (!m.matches()) {
				throw new AssertionError("cannot read expected record: " + rec);
			}
			String type = m.group(2);
			String text = InlineMarkup.strip(PLACEHOLDER.matcher(m.group(3)).replaceAll(""));
			String ext = m.group(4).replace("\"", "");
			String paren = m.group(5);
			switch (type) {
			case "NOTE" -> notes.put(Integer.valueOf(m.group(1)), m.group(3).strip().replaceAll("[ \t]*\n[ \t]*", "\n"));
			case "BONEYARD" -> {
				// removed text: nothing to compare
			}
			case "ACTION" -> {
				if ("centered".equals(paren)) {
					elements.add("CENTERED:" + text.strip());
				} else {
					for (String para : text.split("\n\\s*\n")) {
						String p = para.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
						if (!p.isBlank()) {
							elements.add("ACTION:" + p.replaceAll("^\n+", ""));
						}
					}
				}
			}
			case "CHARACTER" -> elements.add("CHARACTER:" + text + ext + ("Dual".equals(paren) ? " ^" : ""));
			case "HEADING" -> elements.add("HEADING:" + text + (paren == null ? "" : " #" + paren));
			case "SECTION" -> elements.add("SECTION:" + text + " (" + paren + ")");
			case "PAGEBREAK" -> elements.add("PAGEBREAK:");
			case "LYRIC" -> elements.add("LYRIC:" + text.strip());
			default -> elements.add(type + ":" + text);
			}
		}
		return new Expected(elements, new ArrayList<>(notes.values()), title);
	}

	/** The title page's entries in the comparison form. */
	static List<String> title(List<TitleEntry> entries) {
		return entries.stream().map(t -> t.key() + "=" + t.value()).toList();
	}
}
