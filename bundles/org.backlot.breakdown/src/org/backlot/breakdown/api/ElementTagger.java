// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.List;

/**
 * Finds breakdown elements in a scene's text (a word list, a rule set, a
 * model), contributed through {@value #EXTENSION_POINT}. Implementations are
 * stateless and thread-safe. Suggestions from all taggers are merged: where two
 * spans overlap, the longer wins, then the more confident.
 */
public interface ElementTagger {
	/** The id of the extension point that contributes taggers. */
	String EXTENSION_POINT = "org.backlot.breakdown.taggers"; //$NON-NLS-1$

	/** Tags one scene. */
	List<TagSuggestion> tag(SceneText scene, TaggingContext context);
}
