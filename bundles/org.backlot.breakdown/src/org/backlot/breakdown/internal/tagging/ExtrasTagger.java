// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags extras in action, shot and cast-list paragraphs, with the number of
 * people: category "extras" (atmosphere) by default, "extras-silent" for one
 * person (a silent bit: "a WAITER", "一名警察", "路人甲"). English rules in
 * {@link EnglishExtras}, Chinese in {@link ChineseExtras}; people words come from
 * lexicon/people.*.txt. Speaking characters are left to {@link CastTagger}.
 */
public final class ExtrasTagger implements Tagger {
	private final EnglishExtras english;
	private final ChineseExtras chinese;

	/** Tags with the bundled people lists. */
	public ExtrasTagger() {
		this(People.standard());
	}

	ExtrasTagger(People people) {
		english = new EnglishExtras(people);
		chinese = new ChineseExtras(people);
	}

	@Override
	public List<Suggestion> tag(List<Para> scene, TagContext context) {
		scene = Inputs.scene(scene);
		context = Inputs.context(context);
		List<Suggestion> out = new ArrayList<>();
		for (int p = 0; p < scene.size(); p++) {
			Para para = scene.get(p);
			boolean castList = Para.CAST_LIST.equals(para.type());
			if (para.isDescription() || castList) {
				english.tag(p, para.text(), context, out);
				if (Names.hasHan(para.text())) {
					chinese.tag(p, para.text(), castList, context, out);
				}
			}
		}
		return out;
	}
}
