// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The word lists and sentence patterns of one language of the synthetic
 * screenplay, read from a resource of {@code [section]} headers and one choice
 * a line; fills {@code {section}} slots in a pattern with seeded choices.
 */
final class Vocabulary {
	private final Map<String, List<String>> sections = new HashMap<>();

	private Vocabulary() {
	}

	/** Reads a resource next to this class ("words.en.txt"). */
	static Vocabulary load(String resource) {
		Vocabulary v = new Vocabulary();
		try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource); //$NON-NLS-1$
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> current = null;
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				String s = line.strip();
				if (s.isEmpty() || s.startsWith("#")) { //$NON-NLS-1$
					continue;
				}
				if (s.startsWith("[") && s.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
					current = v.sections.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
				} else if (current != null) {
					current.add(s);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return v;
	}

	/** Every choice of a section (empty when there is none). */
	List<String> all(String section) {
		return sections.getOrDefault(section, List.of());
	}

	/** One choice of a section. */
	String pick(String section, Random random) {
		List<String> choices = all(section);
		if (choices.isEmpty()) {
			throw new IllegalStateException("no words for " + section); //$NON-NLS-1$
		}
		return choices.get(random.nextInt(choices.size()));
	}

	/**
	 * Fills a pattern: {A} and {B} with the given names, every other {section}
	 * with a choice; a word that starts a sentence gets an upper-case letter.
	 */
	String fill(String pattern, Random random, String a, String b) {
		StringBuilder out = new StringBuilder(pattern.length() + 32);
		int i = 0;
		while (i < pattern.length()) {
			int open = pattern.indexOf('{', i);
			int close = open < 0 ? -1 : pattern.indexOf('}', open);
			if (close < 0) {
				out.append(pattern, i, pattern.length());
				break;
			}
			out.append(pattern, i, open);
			String slot = pattern.substring(open + 1, close);
			int at = out.length();
			out.append(switch (slot) {
			case "A" -> a; //$NON-NLS-1$
			case "B" -> b; //$NON-NLS-1$
			default -> pick(slot, random);
			});
			if (sentenceStart(out, at) && at < out.length() && Character.isLowerCase(out.charAt(at))) {
				out.setCharAt(at, Character.toUpperCase(out.charAt(at)));
			}
			i = close + 1;
		}
		return out.toString();
	}

	private static boolean sentenceStart(StringBuilder text, int at) {
		return at == 0 || at >= 2 && text.charAt(at - 1) == ' ' && ".!?".indexOf(text.charAt(at - 2)) >= 0; //$NON-NLS-1$
	}
}
