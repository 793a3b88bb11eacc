// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a tagger knows beyond the scene: the speaking characters of the whole
 * script, so that a name in an action line can be recognised as cast. Names are
 * kept as cue keys ({@link Names#key}: extensions removed, Latin letters upper case).
 */
public final class TagContext {
	/** No characters known. */
	public static final TagContext EMPTY = new TagContext(Set.of());

	private final Set<String> knownCharacters;

	private TagContext(Set<String> names) {
		this.knownCharacters = names;
	}

	/** A context knowing these characters (cues or names in any case; extensions are removed). */
	public static TagContext of(Collection<String> knownCharacters) {
		Set<String> names = new LinkedHashSet<>();
		if (knownCharacters != null) {
			for (String n : knownCharacters) {
				String k = Names.key(n);
				if (!k.isEmpty()) {
					names.add(k);
				}
			}
		}
		return new TagContext(Set.copyOf(names));
	}

	/** The known characters, as cue keys. */
	public Set<String> knownCharacters() {
		return knownCharacters;
	}

	/** Whether the name (any case, extensions allowed) is a known character. */
	public boolean isCharacter(String name) {
		return knownCharacters.contains(Names.key(name));
	}
}
