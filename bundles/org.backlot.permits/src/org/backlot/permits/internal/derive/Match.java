// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import java.util.List;

import org.backlot.model.permits.Authority;
import org.backlot.model.studio.Studio;
import org.backlot.permits.api.AuthorityDefinition;

/**
 * Which of a list of contributed authorities a studio record follows (by its rule id, else the first of its kind),
 * and the studio's record of each, as {@link org.backlot.permits.api.Authorities} does for the installed ones.
 */
public final class Match {
	private final List<AuthorityDefinition> authorities;

	/** Matching among these authorities. */
	public Match(List<AuthorityDefinition> authorities) {
		this.authorities = authorities;
	}

	/** The authority a studio record follows, or null. */
	public AuthorityDefinition of(Authority record) {
		if (record == null) {
			return null;
		}
		String rule = record.getRuleId();
		for (AuthorityDefinition d : authorities) {
			if (rule != null && !rule.isEmpty() ? d.id().equals(rule) : d.kind() == record.getKind()) {
				return d;
			}
		}
		return null;
	}

	/** The studio's record of an authority: by rule id, else the first of its kind without a rule id; or null. */
	public Authority record(Studio studio, AuthorityDefinition definition) {
		if (studio == null) {
			return null;
		}
		for (Authority a : studio.getAuthorities()) {
			if (definition.id().equals(a.getRuleId())) {
				return a;
			}
		}
		for (Authority a : studio.getAuthorities()) {
			if ((a.getRuleId() == null || a.getRuleId().isEmpty()) && a.getKind() == definition.kind() && definition.equals(of(a))) {
				return a;
			}
		}
		return null;
	}
}
