// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.util.Iterator;
import java.util.UUID;

import org.backlot.model.production.Identified;
import org.eclipse.emf.ecore.EObject;

/** Stable ids for model objects. */
public final class Ids {
	private Ids() {
	}

	/** A new random id. */
	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** Gives an id to the object and everything it contains that has none yet; returns how many were given. */
	public static int assign(EObject root) {
		int n = assignOne(root);
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			n += assignOne(it.next());
		}
		return n;
	}

	private static int assignOne(EObject o) {
		if (o instanceof Identified i && (i.getId() == null || i.getId().isEmpty())) {
			i.setId(newId());
			return 1;
		}
		return 0;
	}
}
