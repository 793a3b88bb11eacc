// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.bench;

import java.util.Random;

import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.PageModel;
import org.backlot.script.api.TitleEntry;

/**
 * A deterministic feature-length screenplay for benchmarks: about the asked
 * number of pages by {@link PageModel} (120 gives about 110 scenes), INT and EXT,
 * day and night, twelve recurring characters, action that names props,
 * vehicles, weapons, effects, animals, costumes and counted extras, speeches
 * with parentheticals and extensions, transitions and some dual dialogue; in
 * English or in the Chinese form. Writes it as Fountain or Chinese plain text.
 */
public final class SyntheticScreenplay {
	/** The seed the benchmark uses. */
	public static final long SEED = 20261124L;
	/** The length of a feature film, in pages. */
	public static final int DEFAULT_PAGES = 120;
	/** The format id the generated scripts carry. */
	public static final String FORMAT = "synthetic"; //$NON-NLS-1$

	private SyntheticScreenplay() {
	}

	/** The English script of about {@code pages} pages. */
	public static ParsedScript english(int pages, long seed) {
		Vocabulary words = Vocabulary.load("words.en.txt"); //$NON-NLS-1$
		ParsedScript script = new ParsedScript(FORMAT);
		script.titlePage().add(new TitleEntry("title", words.pick("title", new Random(seed)))); //$NON-NLS-1$ //$NON-NLS-2$
		script.titlePage().add(new TitleEntry("credit", words.pick("credit", new Random(seed)))); //$NON-NLS-1$ //$NON-NLS-2$
		script.titlePage().add(new TitleEntry("author", words.pick("author", new Random(seed)))); //$NON-NLS-1$ //$NON-NLS-2$
		script.titlePage().add(new TitleEntry("draft date", "First draft, seed " + seed)); //$NON-NLS-1$ //$NON-NLS-2$
		return fill(script, new SceneWriter(words, new Random(seed), false), pages);
	}

	/** The Chinese script of about {@code pages} pages (full-width characters take two columns). */
	public static ParsedScript chinese(int pages, long seed) {
		Vocabulary words = Vocabulary.load("words.zh.txt"); //$NON-NLS-1$
		ParsedScript script = new ParsedScript(FORMAT);
		script.titlePage().add(new TitleEntry("title", words.pick("title", new Random(seed)))); //$NON-NLS-1$ //$NON-NLS-2$
		script.titlePage().add(new TitleEntry("author", words.pick("author", new Random(seed)))); //$NON-NLS-1$ //$NON-NLS-2$
		return fill(script, new SceneWriter(words, new Random(seed), true), pages);
	}

	/** The script as Fountain text. */
	public static String fountain(ParsedScript script) {
		return FountainText.write(script);
	}

	/** The script as Chinese plain text (第N场 headings, 人物 lines, △ action, 名字：台词). */
	public static String chineseText(ParsedScript script) {
		return ChineseScriptText.write(script);
	}

	/** The script's length in pages by the page model. */
	public static double pages(ParsedScript script) {
		double[] at = PageModel.positions(script.elements());
		return at[at.length - 1];
	}

	/** Adds scenes until the page model makes the script {@code pages} long. */
	private static ParsedScript fill(ParsedScript script, SceneWriter writer, int pages) {
		int n = 0;
		while (pages(script) < pages) {
			writer.scene(++n, script);
		}
		return script;
	}
}
