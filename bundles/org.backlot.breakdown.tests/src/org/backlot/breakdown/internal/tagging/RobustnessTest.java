// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.backlot.breakdown.internal.tagging.Scenes.assertNoOverlaps;
import static org.backlot.breakdown.internal.tagging.Scenes.assertWellFormed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Broken and random input: no exception, every span inside its paragraph, no overlaps. */
class RobustnessTest {
	private static final String[] TYPES = { Para.ACTION, Para.CHARACTER, Para.DIALOGUE, Para.PARENTHETICAL,
			Para.CAST_LIST, Para.SHOT, Para.HEADING, "", null };
	private static final String[] PIECES = { "JOHN", " (30s)", "(", "）", "（", "a ", "crowd of ", "20", "二十", "名",
			"群演", "（路人）", "路人甲", "、", "，", "人物：", "TWO ", "POLICE ", "OFFICERS", "hundreds of ", "fans",
			"gun", "guns", "马上", "马", "十几", "个", "村民", "BANG!", " ", "\n", "-", "'", "’", "约", "多", "第",
			"several", "diners", "林晓", "A WAITER", "police car", "T恤", "^", "(V.O.)", "&", "/", "几", "数", "百",
			"0", "９", "😀", "\u0000", "CAST:", ",", "the", "of" };

	@Test
	void nullsAreEmpty() {
		CompositeTagger t = new CompositeTagger();
		assertEquals(List.of(), t.tag(null, null));
		List<Para> scene = Arrays.asList(null, new Para(Para.ACTION, "A gun."), null);
		List<Suggestion> found = t.tag(scene, null);
		assertEquals(1, found.size());
		assertEquals(1, found.get(0).paragraph());
	}

	@Test
	void randomScenes() {
		Random random = new Random(20240611);
		CompositeTagger tagger = new CompositeTagger();
		TagContext context = TagContext.of(Set.of("JOHN", "林晓", "MARY"));
		int suggestions = 0;
		for (int n = 0; n < 2000; n++) {
			List<Para> scene = new ArrayList<>();
			for (int p = random.nextInt(6); p >= 0; p--) {
				StringBuilder b = new StringBuilder();
				for (int k = random.nextInt(12); k >= 0; k--) {
					b.append(PIECES[random.nextInt(PIECES.length)]);
				}
				scene.add(new Para(TYPES[random.nextInt(TYPES.length)], b.toString()));
			}
			List<Suggestion> found = tagger.tag(scene, context);
			List<Para> safe = scene.stream().map(p -> p == null ? new Para(null, null) : p).toList();
			assertWellFormed(safe, found);
			assertNoOverlaps(found);
			suggestions += found.size();
		}
		System.out.println("robustness: 2000/2000 random scenes tagged without error (" + suggestions
				+ " suggestions, all spans valid, no overlaps)");
	}
}
