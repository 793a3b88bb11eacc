// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.ArrayList;
import java.util.List;

import org.backlot.breakdown.api.ElementTagger;
import org.backlot.breakdown.api.SceneText;
import org.backlot.breakdown.api.TagSuggestion;
import org.backlot.breakdown.api.TaggingContext;

/**
 * The built-in taggers (cast, extras, word lists; {@link CompositeTagger}) as
 * one contribution to {@value ElementTagger#EXTENSION_POINT}: overlaps are
 * already resolved and names unified, so the merge in Taggers changes nothing.
 */
public final class BuiltInTagger implements ElementTagger {
	private final CompositeTagger tagger = new CompositeTagger();

	@Override
	public List<TagSuggestion> tag(SceneText scene, TaggingContext context) {
		List<Para> paras = new ArrayList<>();
		if (scene != null && scene.paragraphs() != null) {
			for (SceneText.Para p : scene.paragraphs()) {
				paras.add(p == null ? new Para(null, null) : new Para(p.type(), p.text()));
			}
		}
		TagContext known = context == null || context.characters() == null ? TagContext.EMPTY
				: TagContext.of(context.characters());
		List<Suggestion> found = tagger.tag(paras, known);
		List<TagSuggestion> result = new ArrayList<>(found.size());
		for (Suggestion s : found) {
			result.add(new TagSuggestion(s.paragraph(), s.start(), s.length(), s.category(), s.name(), s.confidence(),
					s.count()));
		}
		return result;
	}
}
