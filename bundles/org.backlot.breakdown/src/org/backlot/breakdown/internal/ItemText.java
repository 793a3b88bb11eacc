// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.backlot.model.studio.InventoryItem;

/**
 * The words of an inventory item (or of an element's name) prepared for
 * matching: English and Chinese names without "(prop)", their synonym groups,
 * and their tokens (English words, Chinese characters and pairs).
 */
public final class ItemText {
	private final InventoryItem item;
	private final String en;
	private final String zh;
	private final Set<String> groups = new HashSet<>();
	private final Set<String> words = new HashSet<>();
	private final Set<String> han = new HashSet<>();

	/** A score and its reason. */
	public record Score(double value, String reason) {
	}

	/** Prepares an item. */
	public ItemText(InventoryItem item) {
		this(item, clean(item.getNameEn()), clean(item.getNameZh()));
	}

	private ItemText(InventoryItem item, String en, String zh) {
		this.item = item;
		this.en = en;
		this.zh = zh;
		for (String s : new String[] { en, zh }) {
			if (!s.isEmpty()) {
				groups.add(Synonyms.canonical(s));
				tokens(s, words, han);
			}
		}
		if (item != null && item.getTags() != null) {
			item.getTags().forEach(t -> tokens(clean(t), words, han));
		}
	}

	/** Prepares an element's name (in either language). */
	public static ItemText of(String name) {
		String n = clean(name);
		return new ItemText(null, n, n);
	}

	/** The item. */
	public InventoryItem item() {
		return item;
	}

	/** How well this item serves what {@code wanted} names. */
	public Score score(ItemText wanted) {
		String w = wanted.en;
		if (w.equals(en) || w.equals(zh)) {
			return new Score(1, "same name"); //$NON-NLS-1$
		}
		for (String g : wanted.groups) {
			if (groups.contains(g)) {
				return new Score(0.85, "synonym (" + g + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (en.endsWith(" " + w) || w.endsWith(" " + en) || (!zh.isEmpty() && (zh.endsWith(w) || w.endsWith(zh)))) {
			return new Score(0.7, "same kind of thing"); //$NON-NLS-1$
		}
		if (contains(en, w) || contains(w, en) || (!zh.isEmpty() && (zh.contains(w) || w.contains(zh)))) {
			return new Score(0.5, "name contains"); //$NON-NLS-1$
		}
		double overlap = Math.max(overlap(words, wanted.words), overlap(han, wanted.han));
		return overlap == 0 ? new Score(0, "") : new Score(0.6 * overlap + 0.1, "shared words"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Shared tokens over the smaller set's size. */
	private static double overlap(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String t : b) {
			if (a.contains(t)) {
				common++;
			}
		}
		return (double) common / Math.max(a.size(), b.size());
	}

	private static boolean contains(String longer, String shorter) {
		if (shorter.isEmpty() || longer.length() <= shorter.length()) {
			return false;
		}
		int at = longer.indexOf(shorter);
		return at >= 0 && (at == 0 || longer.charAt(at - 1) == ' ')
				&& (at + shorter.length() == longer.length() || longer.charAt(at + shorter.length()) == ' ');
	}

	private static void tokens(String s, Set<String> words, Set<String> han) {
		char previous = 0;
		for (String word : s.split("[^\\p{L}\\p{N}]+")) { //$NON-NLS-1$
			if (word.isEmpty()) {
				continue;
			}
			if (word.codePoints().anyMatch(c -> c >= 0x2e80)) {
				for (char c : word.toCharArray()) {
					han.add(String.valueOf(c));
					if (previous != 0) {
						han.add("" + previous + c); //$NON-NLS-1$
					}
					previous = c;
				}
				previous = 0;
			} else if (word.length() > 2) {
				words.add(word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word); //$NON-NLS-1$
			}
		}
	}

	private static String clean(String s) {
		if (s == null) {
			return ""; //$NON-NLS-1$
		}
		return s.toLowerCase(Locale.ROOT).replaceAll("[(（][^)）]*[)）]", " ").replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
