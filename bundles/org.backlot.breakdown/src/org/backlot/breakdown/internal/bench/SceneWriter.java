// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;

/**
 * Writes the scenes of the synthetic screenplay, in English or in the Chinese
 * form: a heading (INT/EXT, set, time), in Chinese a cast line, opening action,
 * then speeches (with parentheticals and extensions) and action in turn, now and
 * then a dual-dialogue exchange (English) and a closing transition.
 */
final class SceneWriter {
	/**
	 * Beats (speeches or action) a scene has at least, and the spread above that,
	 * in English and in Chinese: scenes of about a page on average.
	 */
	private static final int[] MIN_BEATS = { 4, 5 };
	private static final int[] MORE_BEATS = { 15, 20 };

	private final Vocabulary words;
	private final Random random;
	private final boolean chinese;
	private final List<String> names;

	SceneWriter(Vocabulary words, Random random, boolean chinese) {
		this.words = words;
		this.random = random;
		this.chinese = chinese;
		this.names = words.all("names"); //$NON-NLS-1$
	}

	/** Adds scene {@code n} (from 1) to the script. */
	void scene(int n, ParsedScript out) {
		List<String> cast = cast();
		heading(n, out);
		if (chinese) {
			// "人物：林晓、陈默", now and then with extras ("、群演（路人）20人")
			String extras = random.nextInt(5) < 2 ? "\u3001" + words.pick("cast", random) : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.add(ScriptElement.of(ElementType.CAST_LIST, "\u4eba\u7269\uff1a" + String.join("\u3001", cast) + extras)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		action(out, cast, 1 + random.nextInt(3));
		if (random.nextInt(2) == 0) {
			action(out, cast, 1 + random.nextInt(2));
		}
		int language = chinese ? 1 : 0;
		int beats = MIN_BEATS[language] + random.nextInt(MORE_BEATS[language]);
		int dualAt = !chinese && cast.size() >= 2 && random.nextInt(12) == 0 ? random.nextInt(beats) : -1;
		for (int b = 0; b < beats; b++) {
			if (b == dualAt) {
				dual(out, cast.get(0), cast.get(1));
			} else if (random.nextInt(10) < 7) {
				speech(out, cast.get(b % cast.size()), cast.get((b + 1) % cast.size()));
			} else {
				action(out, cast, 1 + random.nextInt(3));
			}
		}
		if (random.nextInt(4) == 0) {
			out.add(ScriptElement.of(ElementType.TRANSITION, words.pick("transition", random))); //$NON-NLS-1$
		}
	}

	/** Two to four of the recurring characters, the leads more often. */
	private List<String> cast() {
		int size = 2 + random.nextInt(3);
		List<String> cast = new ArrayList<>(size);
		while (cast.size() < size) {
			String name = names.get(Math.min(random.nextInt(names.size()), random.nextInt(names.size())));
			if (!cast.contains(name)) {
				cast.add(name);
			}
		}
		return cast;
	}

	private void heading(int n, ParsedScript out) {
		boolean exterior = random.nextInt(100) < 45;
		String set = words.pick(exterior ? "exteriors" : "interiors", random); //$NON-NLS-1$ //$NON-NLS-2$
		String time = words.pick("times", random); //$NON-NLS-1$
		String text;
		if (chinese) {
			// "第12场 夜 外 永川老街"
			text = "\u7b2c" + n + "\u573a " + time + (exterior ? " \u5916 " : " \u5185 ") + set; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} else if (n % 20 == 0) {
			text = "INT./EXT. " + words.pick("vehicle", random).toUpperCase(Locale.ROOT) + " - MOVING - " + time; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else {
			text = (exterior ? "EXT. " : "INT. ") + set + " - " + time; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		out.add(new ScriptElement(ElementType.HEADING, text, Integer.toString(n), false, 0, Double.NaN));
	}

	/** An action paragraph of some sentences. */
	private void action(ParsedScript out, List<String> cast, int sentences) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < sentences; i++) {
			if (i > 0 && !chinese) {
				text.append(' ');
			}
			int a = random.nextInt(cast.size());
			int b = (a + 1 + random.nextInt(cast.size() - 1)) % cast.size();
			text.append(words.fill(words.pick("action", random), random, written(cast.get(a)), written(cast.get(b)))); //$NON-NLS-1$
		}
		out.add(ScriptElement.of(ElementType.ACTION, text.toString()));
	}

	private void speech(ParsedScript out, String speaker, String other) {
		String cue = speaker;
		if (!chinese && random.nextInt(12) == 0) {
			cue += ' ' + words.pick("extension", random); //$NON-NLS-1$
		}
		out.add(ScriptElement.of(ElementType.CHARACTER, cue));
		if (random.nextInt(4) == 0) {
			out.add(ScriptElement.of(ElementType.PARENTHETICAL, parenthetical(other)));
		}
		out.add(ScriptElement.of(ElementType.DIALOGUE, lines(1 + random.nextInt(3), other)));
		if (!chinese && random.nextInt(10) == 0) {
			out.add(ScriptElement.of(ElementType.PARENTHETICAL, parenthetical(other)));
			out.add(ScriptElement.of(ElementType.DIALOGUE, lines(1, other)));
		}
	}

	private String parenthetical(String other) {
		return words.fill(words.pick("parenthetical", random), random, "", written(other)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Two short speeches side by side; the second is the dual one. */
	private void dual(ParsedScript out, String left, String right) {
		out.add(ScriptElement.of(ElementType.CHARACTER, left));
		out.add(ScriptElement.of(ElementType.DIALOGUE, lines(1, right)));
		out.add(ScriptElement.of(ElementType.CHARACTER, right).asDual());
		out.add(ScriptElement.of(ElementType.DIALOGUE, lines(1, left)).asDual());
	}

	/** Dialogue of some different sentences. */
	private String lines(int sentences, String other) {
		StringBuilder text = new StringBuilder();
		String previous = null;
		for (int i = 0; i < sentences; i++) {
			String pattern = words.pick("dialogue", random); //$NON-NLS-1$
			if (pattern.equals(previous)) {
				continue;
			}
			if (i > 0 && !chinese) {
				text.append(' ');
			}
			text.append(words.fill(pattern, random, "", written(other))); //$NON-NLS-1$
			previous = pattern;
		}
		return text.toString();
	}

	/** A name as action and dialogue write it: "MAYA" becomes "Maya"; Chinese names stay. */
	private String written(String name) {
		if (chinese || name.length() < 2) {
			return name;
		}
		return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
	}
}
