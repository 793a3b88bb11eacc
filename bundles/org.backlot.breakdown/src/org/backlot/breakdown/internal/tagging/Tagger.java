// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.List;

/** Finds breakdown elements in one scene; implementations are stateless and thread-safe. */
public interface Tagger {
	/** Tags a scene knowing the script's speaking characters. */
	List<Suggestion> tag(List<Para> scene, TagContext context);

	/** Tags a scene on its own (no characters known beyond its cues). */
	default List<Suggestion> tag(List<Para> scene) {
		return tag(scene, TagContext.EMPTY);
	}
}
