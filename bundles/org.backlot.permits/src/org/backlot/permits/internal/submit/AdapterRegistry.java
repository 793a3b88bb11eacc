// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.submit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backlot.core.api.Contributions;
import org.backlot.permits.api.SubmissionAdapter;
import org.backlot.permits.api.Submissions;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

/** Reads {@code <adapter>} contributions; a broken one is reported naming its plugin and skipped, each adapter guarded. */
public final class AdapterRegistry {
	private AdapterRegistry() {
	}

	/** Every usable contribution (none outside OSGi). */
	public static List<Submissions.Adapter> read() {
		IExtensionRegistry registry = Platform.isRunning() ? Platform.getExtensionRegistry() : null;
		return registry == null ? List.of() : read(registry.getConfigurationElementsFor(SubmissionAdapter.EXTENSION_POINT));
	}

	/** The usable adapters among these elements, in order; the first of two with one id wins. */
	public static List<Submissions.Adapter> read(IConfigurationElement[] elements) {
		List<Submissions.Adapter> out = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement e : elements) {
			if (!"adapter".equals(e.getName())) { //$NON-NLS-1$
				continue;
			}
			String id = text(e, "id"); //$NON-NLS-1$
			if (id.isEmpty()) {
				Contributions.reportBroken(e, NLS.bind(Messages.missingAttribute, "id", e.getName())); //$NON-NLS-1$
				continue;
			}
			if (ids.contains(id)) {
				Contributions.reportBroken(e, NLS.bind(Messages.duplicateAdapter, id));
				continue;
			}
			String name = text(e, "name"); //$NON-NLS-1$
			String shown = name.isEmpty() ? id : name;
			Contributions.create(e, "class", SubmissionAdapter.class).ifPresent(a -> { //$NON-NLS-1$
				ids.add(id);
				SafeAdapter safe = new SafeAdapter(a, shown, (reason, cause) -> Contributions.reportBroken(e, reason, cause));
				out.add(new Submissions.Adapter(id, shown, e.getContributor().getName(), safe));
			});
		}
		return out;
	}

	private static String text(IConfigurationElement e, String attribute) {
		String v = e.getAttribute(attribute);
		return v == null ? "" : v.strip(); //$NON-NLS-1$
	}
}
