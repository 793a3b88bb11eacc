// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.script.Scene;
import org.eclipse.emf.ecore.EObject;

/** Finds the scene a selected object belongs to (a scene, a paragraph, a tag, an element's first scene). */
final class Selections {
	private Selections() {
	}

	static Scene scene(Object o) {
		if (o instanceof ElementOccurrence occ) {
			return occ.getScene();
		}
		if (o instanceof ExtrasRequirement r) {
			return r.getScene();
		}
		if (o instanceof Element e) {
			return e.getOccurrences().stream().map(ElementOccurrence::getScene).filter(s -> s != null && !s.isOmitted())
					.findFirst().orElse(null);
		}
		for (Object c = o; c instanceof EObject eo; c = eo.eContainer()) {
			if (c instanceof Scene s) {
				return s;
			}
		}
		return null;
	}
}
