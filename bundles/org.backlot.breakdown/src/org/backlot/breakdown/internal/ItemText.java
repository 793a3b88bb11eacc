// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backlot.model.studio.InventoryItem;

/**
 * The words of an inventory item (or of an element's name) prepared for
 * matching. An item is its English and Chinese names without "(prop)" and
 * without its colour, plus the colour; an element's name is read every way it
 * can mean a thing: its Chinese and its English half, with or without a colour
 * word ("灰色长衫", "长衫 灰色", "grey long gown"), whole or without leading
 * words ("silk cheongsam" is a cheongsam, worth less). Scores compare the thing
 * (same name, a synonym from the store's thesaurus or the word lists, the head
 * of the name, shared words) and then the colour. Everything a score reads is
 * prepared once.
 */
public final class ItemText {
	/** What a reading without the name's leading words is worth. */
	private static final double MODIFIED = 0.8;
	private final InventoryItem item;
	private final String colour;
	private final Name en;
	private final Name zh;
	private final List<Reading> readings;

	/** A score and its reason. */
	public record Score(double value, String reason) {
	}

	/** A name (lower case) with what matching reads of it: thesaurus groups, word-list group, thesaurus terms of its script, tokens. */
	record Name(String text, boolean han, Set<String> groups, String canonical, List<String> members, Set<String> tokens) {
		static Name of(String text, boolean han) {
			List<String> members = StoreWords.members(text).stream().filter(m -> StoreWords.isHan(m) == han).toList();
			return new Name(text, han, StoreWords.groups(text), Synonyms.canonical(text), members,
					han ? StoreWords.hanTokens(text, true) : StoreWords.words(text));
		}
	}

	/** One way to read an element's name: the thing, the colour asked for (or null), and how much of the name it keeps. */
	record Reading(Name name, String colour, double weight) {
	}

	/** Prepares an item. */
	public ItemText(InventoryItem item) {
		this.item = item;
		String nameEn = clean(item.getNameEn());
		String c = StoreWords.colour(item.getColour());
		if (c == null && nameEn.indexOf(' ') > 0) {
			c = StoreWords.colour(nameEn.substring(0, nameEn.indexOf(' ')));
		}
		this.colour = c;
		this.en = Name.of(StoreWords.withoutColour(nameEn, c, false), false);
		this.zh = Name.of(StoreWords.withoutColour(clean(item.getNameZh()), c, true), true);
		this.readings = List.of();
	}

	private ItemText(List<Reading> readings) {
		this.item = null;
		this.colour = null;
		this.en = null;
		this.zh = null;
		this.readings = readings;
	}

	/** Prepares an element's name (in either language or both, with a colour or not). */
	public static ItemText of(String name) {
		List<String> colours = new ArrayList<>();
		List<String> han = new ArrayList<>();
		List<String> latin = new ArrayList<>();
		List<String> hanAll = new ArrayList<>();
		List<String> latinAll = new ArrayList<>();
		for (String t : clean(name).split(" ")) { //$NON-NLS-1$
			if (t.isEmpty()) {
				continue;
			}
			String c = StoreWords.colour(t);
			if (c != null) {
				colours.add(c);
			} else {
				(StoreWords.isHan(t) ? han : latin).add(t);
			}
			(StoreWords.isHan(t) ? hanAll : latinAll).add(t);
		}
		String colour = colours.isEmpty() ? null : colours.get(0);
		List<Reading> readings = new ArrayList<>();
		add(readings, String.join("", han), true, colour); //$NON-NLS-1$
		add(readings, String.join(" ", latin), false, colour); //$NON-NLS-1$
		if (colour != null) {
			add(readings, String.join("", hanAll), true, null); //$NON-NLS-1$
			add(readings, String.join(" ", latinAll), false, null); //$NON-NLS-1$
		}
		return new ItemText(List.copyOf(readings));
	}

	private static void add(List<Reading> readings, String text, boolean han, String colour) {
		if (text.isEmpty()) {
			return;
		}
		readings.add(new Reading(Name.of(text, han), colour, 1));
		if (han) {
			for (int k = 1; k <= text.length() - 2; k++) {
				readings.add(new Reading(Name.of(text.substring(k), true), colour, MODIFIED));
			}
		} else {
			for (int at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
				readings.add(new Reading(Name.of(text.substring(at + 1), false), colour, MODIFIED));
			}
		}
		String[] lead = han && colour == null ? StoreWords.leadingColourZh(text) : null;
		if (lead != null) {
			add(readings, lead[1], true, lead[0]);
		}
	}

	/** The item. */
	public InventoryItem item() {
		return item;
	}

	/** For an item: its index keys; for a name: the keys of the items that could score at all. */
	public Set<String> keys() {
		Set<String> keys = new HashSet<>();
		if (item != null) {
			keys(en, keys);
			keys(zh, keys);
		}
		for (Reading r : readings) {
			keys(r.name(), keys);
			for (String m : r.name().members()) {
				keys.addAll(r.name().han() ? StoreWords.hanTokens(m, false) : StoreWords.words(m));
			}
		}
		return keys;
	}

	private static void keys(Name n, Set<String> keys) {
		if (n.text().isEmpty()) {
			return;
		}
		keys.addAll(n.han() ? StoreWords.hanTokens(n.text(), false) : StoreWords.words(n.text()));
		keys.add("g:" + n.canonical()); //$NON-NLS-1$
		n.groups().forEach(g -> keys.add("s:" + g)); //$NON-NLS-1$
	}

	/** How well this item serves what {@code wanted} names. */
	public Score score(ItemText wanted) {
		Score best = new Score(0, ""); //$NON-NLS-1$
		for (Reading r : wanted.readings) {
			Name base = r.name().han() ? zh : en;
			double c = r.colour() == null ? (colour == null ? 1 : 0.98) : r.colour().equals(colour) ? 1 : colour == null ? 0.85 : 0.6;
			double f = c * r.weight();
			if (base.text().isEmpty() || f <= best.value()) {
				continue;
			}
			Score s = thing(r.name(), base);
			if (s.value() * f > best.value()) {
				String why = r.weight() < 1 ? s.reason() + " (" + r.name().text() + ")" : s.reason(); //$NON-NLS-1$ //$NON-NLS-2$
				why = c < 0.7 ? why + ", other colour" : r.colour() != null && c == 1 ? why + ", " + colour : why; //$NON-NLS-1$ //$NON-NLS-2$
				best = new Score(s.value() * f, why);
			}
		}
		return best;
	}

	/** How well an item's name (without colour) serves the thing asked for. */
	private static Score thing(Name t, Name base) {
		if (t.text().equals(base.text())) {
			return new Score(1, "same name"); //$NON-NLS-1$
		}
		for (String g : t.groups()) {
			if (base.groups().contains(g)) {
				return new Score(0.9, "synonym (" + g + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (t.canonical().equals(base.canonical())) {
			return new Score(0.85, "synonym (" + t.canonical() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		boolean han = t.han();
		if (head(base.text(), t.text(), han) || head(t.text(), base.text(), han)) {
			return new Score(0.7, "same kind of thing"); //$NON-NLS-1$
		}
		for (String m : t.members()) {
			if (head(base.text(), m, han)) {
				return new Score(0.65, "synonym (" + m + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (contains(base.text(), t.text(), han) || contains(t.text(), base.text(), han)) {
			return new Score(0.5, "name contains"); //$NON-NLS-1$
		}
		double overlap = StoreWords.overlap(base.tokens(), t.tokens());
		return overlap == 0 ? new Score(0, "") : new Score(0.6 * overlap + 0.1, "shared words"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The longer name ends with the shorter, as a word: a leather suitcase is a suitcase, 油纸伞 is a 伞. */
	private static boolean head(String longer, String shorter, boolean han) {
		return longer.length() > shorter.length() && longer.endsWith(shorter) && (han || longer.charAt(longer.length() - shorter.length() - 1) == ' ');
	}

	private static boolean contains(String longer, String shorter, boolean han) {
		if (shorter.isEmpty() || longer.length() <= shorter.length()) {
			return false;
		}
		if (han) {
			return longer.contains(shorter);
		}
		int at = longer.indexOf(shorter);
		return at >= 0 && (at == 0 || longer.charAt(at - 1) == ' ')
				&& (at + shorter.length() == longer.length() || longer.charAt(at + shorter.length()) == ' ');
	}

	private static String clean(String s) {
		if (s == null) {
			return ""; //$NON-NLS-1$
		}
		return s.toLowerCase(Locale.ROOT).replaceAll("[(（][^)）]*[)）]", " ").replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
