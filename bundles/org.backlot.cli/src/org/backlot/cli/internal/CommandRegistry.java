// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.backlot.cli.api.CliCommand;
import org.backlot.core.api.Contributions;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** Reads the commands contributed to {@code org.backlot.cli.commands}. */
final class CommandRegistry {

	/** A declared command: its name, texts and the element that creates it. */
	record Entry(String name, String summary, String usage, String contributor, IConfigurationElement element) {
	}

	private final List<Entry> entries = new ArrayList<>();

	CommandRegistry() {
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(CliCommand.EXTENSION_POINT)) {
			String name = e.getAttribute("name"); //$NON-NLS-1$
			if (name == null || name.isBlank()) {
				Contributions.reportBroken(e, "command without a name"); //$NON-NLS-1$
				continue;
			}
			entries.add(new Entry(name, orEmpty(e.getAttribute("summary")), orEmpty(e.getAttribute("usage")), //$NON-NLS-1$ //$NON-NLS-2$
					e.getContributor().getName(), e));
		}
		entries.sort(Comparator.comparing(Entry::name));
	}

	List<Entry> entries() {
		return entries;
	}

	Optional<Entry> find(String name) {
		return entries.stream().filter(e -> e.name().equals(name)).findFirst();
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
