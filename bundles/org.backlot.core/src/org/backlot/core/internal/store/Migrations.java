// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.store;

import org.backlot.core.api.Ids;
import org.backlot.core.api.ModelStore;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.eclipse.emf.ecore.EObject;

/**
 * Brings a loaded file up to the current format version, one step per version.
 * <ul>
 * <li>0 → 1: files written before versions existed may hold objects without
 * ids; they get one.</li>
 * </ul>
 */
final class Migrations {
	private Migrations() {
	}

	/** Migrates a root loaded from a file of the given version; returns the version it now has. */
	static int migrate(EObject root, int fromVersion) {
		int version = fromVersion;
		if (version < 1) {
			Ids.assign(root);
			version = 1;
		}
		setVersion(root, version);
		return version;
	}

	/** Marks a root as written in the current version. */
	static void stamp(EObject root) {
		setVersion(root, ModelStore.CURRENT_VERSION);
	}

	private static void setVersion(EObject root, int version) {
		if (root instanceof Production p) {
			p.setFileVersion(version);
		} else if (root instanceof Studio s) {
			s.setFileVersion(version);
		}
	}
}
