// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.backlot.model.permits.Authority;
import org.backlot.model.studio.Studio;
import org.backlot.permits.internal.AuthorityRegistry;

/**
 * The authorities contributed to {@value AuthorityRules#EXTENSION_POINT}, Backlot's own and those of installed plugins;
 * read once. A broken contribution (no id, a bad number, a missing or failing class) is logged naming its plugin and
 * skipped.
 */
public final class Authorities {
	private static volatile List<AuthorityDefinition> all;

	private Authorities() {
	}

	/** Every usable authority, by name. */
	public static List<AuthorityDefinition> all() {
		List<AuthorityDefinition> result = all;
		if (result == null) {
			result = AuthorityRegistry.read().stream().sorted(Comparator.comparing(AuthorityDefinition::name)).toList();
			all = result;
		}
		return result;
	}

	/** The authority with this id. */
	public static Optional<AuthorityDefinition> find(String id) {
		return all().stream().filter(a -> a.id().equals(id)).findFirst();
	}

	/** The contributed authority a studio record follows: by its rule id, else the first of its kind. */
	public static Optional<AuthorityDefinition> of(Authority record) {
		if (record == null) {
			return Optional.empty();
		}
		if (record.getRuleId() != null && !record.getRuleId().isEmpty()) {
			return find(record.getRuleId());
		}
		return all().stream().filter(a -> a.kind() == record.getKind()).findFirst();
	}

	/** The studio's record of a contributed authority: by rule id, else the first of its kind without a rule id. */
	public static Optional<Authority> record(Studio studio, AuthorityDefinition definition) {
		if (studio == null) {
			return Optional.empty();
		}
		Optional<Authority> byId = studio.getAuthorities().stream().filter(a -> definition.id().equals(a.getRuleId())).findFirst();
		if (byId.isPresent()) {
			return byId;
		}
		return studio.getAuthorities().stream()
				.filter(a -> (a.getRuleId() == null || a.getRuleId().isEmpty()) && a.getKind() == definition.kind() && of(a).filter(definition::equals).isPresent())
				.findFirst();
	}
}
