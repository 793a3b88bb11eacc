// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * Word lists, one per category and language, read into two tries: Latin
 * phrases by word, Chinese by character. File format (UTF-8): one entry a line,
 * {@code name|synonym|synonym}, the first term being the element's name;
 * {@code #} starts a comment line; a term written {@code ?term} is ambiguous
 * (lower confidence); a line {@code !word|word} lists blockers, words that
 * contain a listed term but mean something else (马上, 马路; "open fire"), which
 * are matched as the longest word and then ignored. English terms also match
 * their plurals (gun → guns, knife → knives, box → boxes, policeman → policemen).
 * A form written as a term in any list wins over a blocker and over a generated
 * plural ("fires" is blocked although "fire" is listed).
 */
public final class Lexicon {
	/** Folder of the bundled lists, next to this class. */
	static final String FOLDER = "lexicon/"; //$NON-NLS-1$
	/** The two languages of the bundled lists. */
	static final List<String> LANGUAGES = List.of("en", "zh"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * A listed term.
	 *
	 * @param category  the category key
	 * @param name      the element's name (the entry's first term)
	 * @param ambiguous marked with '?' in the list
	 * @param written   written in the list (false: a generated plural)
	 */
	record Term(String category, String name, boolean ambiguous, boolean written) {
	}

	/** What a written form stands for: nothing (a blocker) or terms of one or more categories, most specific first. */
	static final class Entry {
		private boolean blockedWritten;
		private boolean blockedPlural;
		final List<Term> terms = new ArrayList<>(1);

		/** Whether the form is blocked: no term, or only generated plurals and a blocker (a written term always wins). */
		boolean blocked() {
			return terms.isEmpty() || !terms.get(0).written() && (blockedWritten || blockedPlural);
		}
	}

	final WordTrie<Entry> latin = new WordTrie<>();
	final CharTrie<Entry> han = new CharTrie<>();
	private final List<String> warnings = new ArrayList<>();
	private final Map<String, Integer> entries = new HashMap<>();

	/** Holds the bundled lists, read on first use. */
	private static final class Standard {
		static final Lexicon INSTANCE = bundled(Categories.LEXICON);
	}

	/** The bundled lists of every lexicon category, read once. */
	public static Lexicon standard() {
		return Standard.INSTANCE;
	}

	/** A lexicon of the bundled lists lexicon/CATEGORY.en.txt and lexicon/CATEGORY.zh.txt. */
	public static Lexicon bundled(List<String> categories) {
		Lexicon l = new Lexicon();
		for (String c : categories) {
			for (String lang : LANGUAGES) {
				String file = c + '.' + lang + ".txt"; //$NON-NLS-1$
				try (InputStream in = Lexicon.class.getResourceAsStream(FOLDER + file)) {
					if (in == null) {
						l.warnings.add(NLS.bind(Messages.lexiconMissing, FOLDER + file));
						continue;
					}
					l.read(c, new InputStreamReader(in, StandardCharsets.UTF_8), file);
				} catch (IOException e) {
					l.warnings.add(NLS.bind(Messages.lexiconUnreadable, file, e.getMessage()));
				}
			}
		}
		return l;
	}

	/** Adds the entries of one list (user lists too); problems become {@link #warnings()}. */
	public void read(String category, Reader reader, String source) throws IOException {
		BufferedReader r = new BufferedReader(reader);
		String line;
		int number = 0;
		while ((line = r.readLine()) != null) {
			number++;
			line = line.replace("\ufeff", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
			if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			boolean blockers = line.startsWith("!"); //$NON-NLS-1$
			String[] terms = (blockers ? line.substring(1) : line).split("\\|"); //$NON-NLS-1$
			String name = terms[0].strip();
			if (name.startsWith("?")) { //$NON-NLS-1$
				name = name.substring(1).strip();
			}
			if (name.isEmpty()) {
				warnings.add(NLS.bind(Messages.lexiconNoName, source, number));
				continue;
			}
			for (String t : terms) {
				add(category, name, t.strip(), blockers, source, number);
			}
			if (!blockers) {
				entries.merge(category + '.' + (Names.hasHan(name) ? "zh" : "en"), 1, Integer::sum); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private void add(String category, String name, String term, boolean blocker, String source, int line) {
		boolean ambiguous = term.startsWith("?"); //$NON-NLS-1$
		String form = ambiguous ? term.substring(1).strip() : term;
		if (form.isEmpty()) {
			return;
		}
		if (Names.hasHan(form)) {
			put(han.node(form), category, name, ambiguous, true, blocker);
			return;
		}
		Tokens t = Tokens.of(form);
		if (t.size() == 0) {
			warnings.add(NLS.bind(Messages.lexiconNoWord, new Object[] { source, line, form }));
			return;
		}
		String[] words = new String[t.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = t.lower(i);
		}
		put(latin.node(words), category, name, ambiguous, true, blocker);
		String last = words[words.length - 1];
		for (String plural : Plurals.of(last)) {
			words[words.length - 1] = plural;
			put(latin.node(words), category, name, ambiguous, false, blocker);
		}
	}

	private static void put(WordTrie.Node<Entry> n, String category, String name, boolean ambiguous, boolean written,
			boolean blocker) {
		n.value = put(n.value, category, name, ambiguous, written, blocker);
	}

	private static void put(CharTrie.Node<Entry> n, String category, String name, boolean ambiguous, boolean written,
			boolean blocker) {
		n.value = put(n.value, category, name, ambiguous, written, blocker);
	}

	/** Adds a term to a form's entry: blockers and written forms win over generated plurals; one term per category. */
	private static Entry put(Entry e, String category, String name, boolean ambiguous, boolean written,
			boolean blocker) {
		if (e == null) {
			e = new Entry();
		}
		if (blocker) {
			if (written) {
				e.blockedWritten = true;
			} else {
				e.blockedPlural = true;
			}
			return e;
		}
		boolean hasWritten = e.terms.stream().anyMatch(Term::written);
		if (!written && hasWritten) {
			return e;
		}
		if (written && !hasWritten) {
			e.terms.clear();
		}
		for (Term t : e.terms) {
			if (t.category().equals(category)) {
				return e;
			}
		}
		e.terms.add(new Term(category, name, ambiguous, written));
		e.terms.sort((a, b) -> Integer.compare(Categories.rank(a.category()), Categories.rank(b.category())));
		return e;
	}

	/** Problems met while reading (missing lists, entries without a name), for the log. */
	public List<String> warnings() {
		return Collections.unmodifiableList(warnings);
	}

	/** Number of entries (lines) read for a category in one language ("en" or "zh"). */
	public int entries(String category, String language) {
		return entries.getOrDefault(category + '.' + language, 0);
	}
}
