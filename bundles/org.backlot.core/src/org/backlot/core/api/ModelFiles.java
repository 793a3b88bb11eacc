// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import org.backlot.core.internal.store.XmiFileStore;

/** Access to the model store in use. */
public final class ModelFiles {
	private static final ModelStore STORE = new XmiFileStore();

	private ModelFiles() {
	}

	/** The store: XMI files by default. */
	public static ModelStore store() {
		return STORE;
	}
}
