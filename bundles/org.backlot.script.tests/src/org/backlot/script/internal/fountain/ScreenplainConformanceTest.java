// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.internal.SharedTestData;
import org.junit.jupiter.api.Test;

/**
 * screenplain's cases (shared/testdata/screenplays/screenplain): each
 * {@code X.fountain} against the elements its {@code X.html} shows, read
 * loosely with regular expressions (paragraph classes, headings, dual
 * blocks). Mapping: screenplain prints transitions in upper case, so they are
 * compared ignoring case; notes are not in its HTML, so ours are left out.
 */
class ScreenplainConformanceTest {
	/** No deliberate differences with screenplain. */
	static final Map<String, String> DELIBERATE = Map.of();

	private static final Pattern TOKEN = Pattern.compile(
			"<h([1-6])(?: class=\"([^\"]*)\")?>(.*?)</h\\1>" // 1 level, 2 class, 3 text
					+ "|<span class=\"h\\d-synopsis\">(.*?)</span>" // 4
					+ "|<div class=\"(action(?: centered)?)\"><p>(.*?)</p></div>" // 5 class, 6 text
					+ "|<div class=\"transition\">(.*?)</div>" // 7
					+ "|<div class=\"(dialog|dual|left|right)\">" // 8
					+ "|<p class=\"(character|parenthetical)\">(.*?)</p>" // 9 class, 10 text
					+ "|<p>(.*?)</p>", // 11
			Pattern.DOTALL);
	private static final Pattern SCENE_NUMBER = Pattern.compile("<span class=\"scnuml\">(.*?)</span>");
	private static final Pattern SPAN = Pattern.compile("<span[^>]*>.*?</span>");

	@Test
	void htmlCases() throws IOException, ScriptFormatException {
		Path dir = SharedTestData.screenplays("screenplain");
		Tally tally = new Tally("screenplain", DELIBERATE);
		List<Path> cases;
		try (Stream<Path> s = Stream.concat(Files.list(dir), Files.list(dir.resolve("examples")))) {
			cases = s.filter(p -> p.toString().endsWith(".fountain")).sorted().toList();
		}
		for (Path fountain : cases) {
			Path html = Path.of(fountain.toString().replace(".fountain", ".html"));
			if (!Files.exists(html)) {
				continue;
			}
			String name = fountain.getFileName().toString();
			List<String> expected = expected(Fixtures.read(html));
			assertTrue(!expected.isEmpty(), "nothing read from " + html);
			List<String> actual = new ArrayList<>();
			List<String> unmapped = new ArrayList<>();
			for (ScriptElement e : Fixtures.parse(fountain).elements()) {
				if (e.type() != ElementType.NOTE) {
					actual.add(describe(e));
					unmapped.add(Fixtures.describe(e));
				}
			}
			// "as written" only when the case passes without upper-casing our transitions
			tally.check(name, name, unmapped.equals(expected) ? expected : null, expected, actual);
		}
		tally.finish();
	}

	/** The title-page case has no HTML: its key facts. */
	@Test
	void titlePage() throws IOException, ScriptFormatException {
		ParsedScript p = Fixtures.parse(SharedTestData.screenplays("screenplain").resolve("title-page.fountain"));
		assertEquals("My Screenplay", p.title("title"));
		assertEquals("Your Name", p.title("author"));
		assertEquals("your.email@example.com\n(555) 123-4567", p.title("contact"));
		assertEquals(List.of("ACTION:FADE IN:", "ACTION:SPACE"), Fixtures.describe(p));
	}

	/** Brick &amp; Steel: 8 headings, 7 speaking characters, 20 cues, two of them in one dual-dialogue block. */
	@Test
	void brickAndSteel() throws IOException, ScriptFormatException {
		ParsedScript p = Fixtures.parse(SharedTestData.screenplays("screenplain").resolve("examples/Brick-and-Steel.fountain"));
		assertEquals(8, Fixtures.of(p, ElementType.HEADING).size());
		List<ScriptElement> cues = Fixtures.of(p, ElementType.CHARACTER);
		assertEquals(20, cues.size());
		Set<String> speakers = new LinkedHashSet<>();
		cues.forEach(c -> speakers.add(c.text()));
		assertEquals(Set.of("STEEL", "BRICK", "JACK", "DAN", "COGNITO", "MINION", "HANDSOME MAN"), speakers);
		// the dual block: STEEL on the left, BRICK (marked dual) right after
		int right = -1;
		for (int i = 0; i < cues.size(); i++) {
			if (cues.get(i).dual()) {
				assertEquals(-1, right, "one dual cue only");
				right = i;
			}
		}
		assertTrue(right > 0, "a dual cue");
		assertEquals("BRICK", cues.get(right).text());
		assertEquals("STEEL", cues.get(right - 1).text());
		int at = p.elements().indexOf(cues.get(right));
		assertEquals("DIALOGUE^:Screw retirement.", Fixtures.describe(p.elements().get(at + 1)));
		assertEquals("DIALOGUE:Screw retirement.", Fixtures.describe(p.elements().get(at - 1)));
		assertEquals("BRICK & STEEL\nFULL RETIRED", p.title("title"));
	}

	static String describe(ScriptElement e) {
		return switch (e.type()) {
		case TRANSITION -> "TRANSITION:" + e.text().toUpperCase();
		default -> Fixtures.describe(e);
		};
	}

	/** The elements an HTML rendering shows, in {@link Fixtures#describe} form. */
	static List<String> expected(String html) {
		List<String> out = new ArrayList<>();
		StringBuilder dialogue = null;
		boolean dual = false;
		Matcher m = TOKEN.matcher(html.substring(Math.max(0, html.indexOf("<body"))));
		while (m.find()) {
			if (m.group(11) == null && dialogue != null) {
				out.add("DIALOGUE" + (dual ? "^" : "") + ":" + dialogue);
				dialogue = null;
			}
			if (m.group(1) != null) {
				dual = false;
				int level = Integer.parseInt(m.group(1));
				if (level == 6) {
					if ("page-break".equals(m.group(2))) {
						out.add("PAGE_BREAK:");
					}
					Matcher n = SCENE_NUMBER.matcher(m.group(3));
					String number = n.find() ? "#" + n.group(1) : "";
					out.add("HEADING" + number + ":" + text(SPAN.matcher(m.group(3)).replaceAll("")));
				} else {
					out.add("SECTION(" + level + "):" + text(m.group(3)));
				}
			} else if (m.group(4) != null) {
				out.add("SYNOPSIS:" + text(m.group(4)));
			} else if (m.group(5) != null) {
				dual = false;
				out.add((m.group(5).contains("centered") ? "CENTERED:" : "ACTION:") + text(m.group(6)));
			} else if (m.group(7) != null) {
				dual = false;
				out.add("TRANSITION:" + text(m.group(7)).toUpperCase());
			} else if (m.group(8) != null) {
				dual = m.group(8).equals("right");
			} else if (m.group(9) != null) {
				String type = m.group(9).equals("character") ? "CHARACTER" : "PARENTHETICAL";
				out.add(type + (dual ? "^" : "") + ":" + text(m.group(10)));
			} else {
				String line = text(m.group(11));
				dialogue = dialogue == null ? new StringBuilder(line) : dialogue.append('\n').append(line);
			}
		}
		if (dialogue != null) {
			out.add("DIALOGUE" + (dual ? "^" : "") + ":" + dialogue);
		}
		return out;
	}

	/** HTML text as plain text: line breaks, no tags, entities decoded. */
	static String text(String html) {
		String s = html.replaceAll("<br\\s*/?>", "\n").replaceAll("<[^>]+>", "");
		s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
		Matcher m = Pattern.compile("&#(\\d+);").matcher(s);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(b, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
		}
		m.appendTail(b);
		s = b.toString().replace("&amp;", "&");
		String r = s.lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
		return r.replaceAll("^\n+|\n+$", "");
	}
}
