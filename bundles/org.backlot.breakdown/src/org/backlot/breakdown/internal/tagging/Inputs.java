// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.ArrayList;
import java.util.List;

/** Makes tagger input safe to read: no null scene, paragraph or context. */
final class Inputs {
	private static final Para EMPTY = new Para(null, null);

	private Inputs() {
	}

	/** The scene with null paragraphs read as empty ones (indices unchanged); an empty list for null. */
	static List<Para> scene(List<Para> scene) {
		if (scene == null) {
			return List.of();
		}
		boolean hasNull = false;
		for (Para p : scene) {
			hasNull |= p == null;
		}
		if (!hasNull) {
			return scene;
		}
		List<Para> copy = new ArrayList<>(scene.size());
		for (Para p : scene) {
			copy.add(p == null ? EMPTY : p);
		}
		return copy;
	}

	/** The context, or {@link TagContext#EMPTY} for null. */
	static TagContext context(TagContext context) {
		return context == null ? TagContext.EMPTY : context;
	}
}
