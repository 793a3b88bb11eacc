// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api.plugins;

import java.util.List;

import org.osgi.framework.Bundle;

/**
 * One installed plugin as an admin sees it: who made it, its version and state, what it adds to Backlot and what went
 * wrong with it.
 *
 * @param id            the bundle's symbolic name
 * @param name          its name in the user's language (the id when it has none)
 * @param vendor        its vendor, empty when it names none
 * @param version       its version
 * @param state         a word for its OSGi state in the user's language
 * @param osgiState     its OSGi state ({@code Bundle.ACTIVE}...)
 * @param backlot       whether it is part of Backlot itself (org.backlot.*)
 * @param contributions what it adds, by extension point, Backlot's own points first
 * @param otherExtensions how many further (technical) extensions it makes
 * @param problems      its contributions Backlot could not use, in plain words
 */
public record PluginInfo(String id, String name, String vendor, String version, String state, int osgiState, boolean backlot,
		List<Contribution> contributions, int otherExtensions, List<String> problems) {

	/** What one plugin adds at one extension point, e.g. "Permit authorities: Maritime Safety Administration". */
	public record Contribution(String point, String label, List<String> items) {
		@Override
		public String toString() {
			return label + ": " + String.join(", ", items); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Whether it is started. */
	public boolean active() {
		return osgiState == Bundle.ACTIVE;
	}

	/** Whether it adds anything a user of Backlot would notice (a Backlot extension, a perspective, a view...). */
	public boolean extendsBacklot() {
		return !contributions.isEmpty();
	}

	/** Its contributions in one line, for a table cell. */
	public String summary() {
		StringBuilder s = new StringBuilder();
		for (Contribution c : contributions) {
			if (s.length() > 0) {
				s.append("; "); //$NON-NLS-1$
			}
			s.append(c);
		}
		return s.toString();
	}
}
