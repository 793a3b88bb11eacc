// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import java.nio.file.Path;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.Shot;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The scene a selection is about (a scene, a strip, a shot or anything inside one), and the production's file. */
final class ShotSelections {
	private ShotSelections() {
	}

	/** The scene of the selection's first element, or null. */
	static Scene scene(ISelection selection) {
		if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			return null;
		}
		return scene(s.getFirstElement());
	}

	/** The scene of an object: a scene, a strip's scene, a shot's scene, or the scene containing it. */
	static Scene scene(Object o) {
		if (o instanceof Strip strip) {
			return strip.getScene();
		}
		for (Object c = o; c instanceof EObject eo; c = eo.eContainer()) {
			if (c instanceof Scene s) {
				return s;
			}
			if (c instanceof Shot shot) {
				return shot.getScene();
			}
		}
		return o == null ? null : Adapters.adapt(o, Scene.class);
	}

	/** Whether the scene belongs to the production (it may have been deleted, or be another production's). */
	static boolean belongs(Scene scene, Production p) {
		return scene != null && p != null && EcoreUtil.isAncestor(p, scene);
	}

	/** The production's file, or null when it has not been saved to a file yet. */
	static Path file(Production p) {
		if (p == null || p.eResource() == null || p.eResource().getURI() == null) {
			return null;
		}
		URI uri = p.eResource().getURI();
		return uri.isFile() ? Path.of(uri.toFileString()) : null;
	}
}
