// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.backlot.core.api.Contributions;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/**
 * Runs every tagger contributed to {@value ElementTagger#EXTENSION_POINT} and
 * merges what they find: where spans overlap, the longer wins, then the more
 * confident. A tagger that throws is reported once (naming its plugin) and
 * left out from then on.
 */
public final class Taggers {
	private final List<Named> taggers = new ArrayList<>();

	private record Named(ElementTagger tagger, IConfigurationElement element) {
	}

	/** Loads the contributed taggers. */
	public Taggers() {
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(ElementTagger.EXTENSION_POINT)) {
			Contributions.create(e, "class", ElementTagger.class).ifPresent(t -> taggers.add(new Named(t, e))); //$NON-NLS-1$
		}
	}

	/** Uses the given taggers only (tests, benchmarks). */
	public Taggers(List<ElementTagger> given) {
		given.forEach(t -> taggers.add(new Named(t, null)));
	}

	/** Tags a scene with every tagger, overlaps resolved. */
	public synchronized List<TagSuggestion> tag(SceneText scene, TaggingContext context) {
		List<TagSuggestion> all = new ArrayList<>();
		for (Named n : List.copyOf(taggers)) {
			try {
				List<TagSuggestion> found = n.tagger().tag(scene, context);
				if (found != null) {
					all.addAll(found);
				}
			} catch (RuntimeException | LinkageError e) {
				taggers.remove(n);
				if (n.element() != null) {
					Contributions.reportBroken(n.element(), e.toString(), e);
				}
			}
		}
		return resolveOverlaps(all);
	}

	/** Keeps, of overlapping spans in one paragraph, the longer, then the more confident. */
	public static List<TagSuggestion> resolveOverlaps(List<TagSuggestion> all) {
		List<TagSuggestion> sorted = new ArrayList<>(all);
		sorted.sort(Comparator.comparingInt(TagSuggestion::length).reversed()
				.thenComparing(Comparator.comparingDouble(TagSuggestion::confidence).reversed()));
		List<TagSuggestion> kept = new ArrayList<>();
		for (TagSuggestion s : sorted) {
			boolean overlaps = false;
			for (TagSuggestion k : kept) {
				if (k.paragraph() == s.paragraph() && s.start() < k.start() + k.length() && k.start() < s.start() + s.length()) {
					overlaps = true;
					break;
				}
			}
			if (!overlaps && s.length() > 0) {
				kept.add(s);
			}
		}
		kept.sort(Comparator.comparingInt(TagSuggestion::paragraph).thenComparingInt(TagSuggestion::start));
		return kept;
	}
}
