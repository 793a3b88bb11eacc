// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.Set;

/**
 * What a tagger knows beyond the scene: the speaking characters of the whole
 * script (upper case, extensions removed), so that a name in an action line can
 * be recognised as cast.
 */
public record TaggingContext(Set<String> characters) {
}
