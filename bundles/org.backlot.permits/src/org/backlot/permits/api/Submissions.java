// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.util.List;
import java.util.Optional;

import org.backlot.permits.internal.submit.AdapterRegistry;

/**
 * The submission adapters contributed to {@value SubmissionAdapter#EXTENSION_POINT}, Backlot's file exchange and
 * those of installed plugins; read once. A broken contribution (no id, a repeated id, a missing or failing class) is
 * logged naming its plugin and skipped; an adapter that fails at run time is reported once and its failure becomes an
 * IOException from {@code submit} and no news from {@code poll}.
 */
public final class Submissions {
	private static volatile List<Adapter> all;

	private Submissions() {
	}

	/**
	 * One contributed adapter.
	 *
	 * @param id      unique id ({@code org.backlot.permits.files} for Backlot's file exchange)
	 * @param name    the name shown to users
	 * @param plugin  the contributing plugin's symbolic name
	 * @param adapter the adapter, guarded against run-time failures
	 */
	public record Adapter(String id, String name, String plugin, SubmissionAdapter adapter) {
	}

	/** Every usable adapter, in contribution order. */
	public static List<Adapter> all() {
		List<Adapter> result = all;
		if (result == null) {
			result = List.copyOf(AdapterRegistry.read());
			all = result;
		}
		return result;
	}

	/** The adapter with this id. */
	public static Optional<Adapter> find(String id) {
		return all().stream().filter(a -> a.id().equals(id)).findFirst();
	}
}
