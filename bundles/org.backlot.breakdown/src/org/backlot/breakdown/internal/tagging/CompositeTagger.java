// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs several taggers (by default cast, extras and the word lists) and merges
 * what they find: of overlapping spans in one paragraph the longer wins, then the
 * more confident, then the more specific category ({@link Categories#PRECEDENCE}),
 * then the earlier tagger. Repeated mentions of one element (same category, same
 * name ignoring case) keep every span but share one spelling of the name, and
 * {@link #elements} lists each element once.
 */
public final class CompositeTagger implements Tagger {
	private final List<Tagger> taggers;

	/**
	 * An element of a scene with all its mentions.
	 *
	 * @param category   the category key
	 * @param name       the name
	 * @param count      people, for extras: the largest count among the mentions
	 * @param confidence the highest confidence among the mentions
	 * @param mentions   every span, in text order
	 */
	public record SceneElement(String category, String name, int count, double confidence, List<Suggestion> mentions) {
	}

	/** The standard taggers: cast, extras, word lists. */
	public CompositeTagger() {
		this(List.of(new CastTagger(), new ExtrasTagger(), new LexiconTagger()));
	}

	/** The given taggers, in order of precedence for otherwise equal spans. */
	public CompositeTagger(List<Tagger> taggers) {
		this.taggers = List.copyOf(taggers);
	}

	@Override
	public List<Suggestion> tag(List<Para> scene, TagContext context) {
		scene = Inputs.scene(scene);
		context = Inputs.context(context);
		List<Suggestion> all = new ArrayList<>();
		for (Tagger t : taggers) {
			all.addAll(t.tag(scene, context));
		}
		return unifyNames(resolveOverlaps(all));
	}

	/** Keeps, of overlapping spans, the longer, then the more confident, then the more specific; in text order. */
	public static List<Suggestion> resolveOverlaps(List<Suggestion> all) {
		List<Suggestion> sorted = new ArrayList<>(all.size());
		for (Suggestion s : all) {
			if (s.length() > 0 && s.start() >= 0) {
				sorted.add(s);
			}
		}
		// stable sort: among equals, the earlier tagger's suggestion stays first
		sorted.sort(Comparator.comparingInt(Suggestion::length).reversed()
				.thenComparing(Comparator.comparingDouble(Suggestion::confidence).reversed())
				.thenComparingInt(s -> Categories.rank(s.category())));
		Map<Integer, List<Suggestion>> kept = new LinkedHashMap<>();
		List<Suggestion> result = new ArrayList<>();
		for (Suggestion s : sorted) {
			List<Suggestion> inParagraph = kept.computeIfAbsent(s.paragraph(), k -> new ArrayList<>());
			boolean free = true;
			for (Suggestion k : inParagraph) {
				if (k.overlaps(s)) {
					free = false;
					break;
				}
			}
			if (free) {
				inParagraph.add(s);
				result.add(s);
			}
		}
		result.sort(Comparator.comparingInt(Suggestion::paragraph).thenComparingInt(Suggestion::start));
		return result;
	}

	/** Gives every mention of one element (category and name ignoring case) the spelling of its first mention. */
	static List<Suggestion> unifyNames(List<Suggestion> list) {
		Map<String, String> first = new LinkedHashMap<>();
		List<Suggestion> result = new ArrayList<>(list.size());
		for (Suggestion s : list) {
			String name = first.computeIfAbsent(key(s), k -> s.name());
			result.add(name.equals(s.name()) ? s : s.withName(name));
		}
		return result;
	}

	/** The elements of a tagged scene, each once, in order of first mention. */
	public static List<SceneElement> elements(List<Suggestion> suggestions) {
		Map<String, List<Suggestion>> byElement = new LinkedHashMap<>();
		for (Suggestion s : suggestions) {
			byElement.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
		}
		List<SceneElement> result = new ArrayList<>(byElement.size());
		for (List<Suggestion> mentions : byElement.values()) {
			Suggestion first = mentions.get(0);
			int count = 0;
			double confidence = 0;
			for (Suggestion s : mentions) {
				count = Math.max(count, s.count());
				confidence = Math.max(confidence, s.confidence());
			}
			result.add(new SceneElement(first.category(), first.name(), count, confidence, List.copyOf(mentions)));
		}
		return result;
	}

	private static String key(Suggestion s) {
		return s.category() + '\u0000' + s.name().toLowerCase(Locale.ROOT);
	}
}
