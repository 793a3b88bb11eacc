// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.backlot.breakdown.api.SceneText;
import org.backlot.breakdown.api.TagSuggestion;
import org.backlot.breakdown.api.TaggingContext;
import org.junit.jupiter.api.Test;

/** The contribution to the taggers extension point gives what the composite tagger gives. */
class BuiltInTaggerTest {
	@Test
	void sameAsTheCompositeTagger() {
		List<Para> paras = CompositeTaggerTest.DINER;
		SceneText scene = new SceneText("INT. ROADSIDE DINER - NIGHT",
				paras.stream().map(p -> new SceneText.Para(p.type(), p.text())).toList());
		List<TagSuggestion> found = new BuiltInTagger().tag(scene, new TaggingContext(Set.of("JOHN", "MARY")));
		List<Suggestion> expected = new CompositeTagger().tag(paras, TagContext.of(Set.of("JOHN", "MARY")));
		assertEquals(expected.size(), found.size());
		for (int i = 0; i < found.size(); i++) {
			Suggestion e = expected.get(i);
			assertEquals(new TagSuggestion(e.paragraph(), e.start(), e.length(), e.category(), e.name(),
					e.confidence(), e.count()), found.get(i));
		}
		assertEquals(List.of(), new BuiltInTagger().tag(null, null));
	}
}
