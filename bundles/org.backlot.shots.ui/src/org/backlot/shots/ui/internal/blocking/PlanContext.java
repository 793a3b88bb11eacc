// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.Set;

import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraSetup;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.edit.domain.EditingDomain;

/** What the diagram's edit parts share: the production, the scene shown, its set-ups and the highlighted one. */
final class PlanContext {
	private ProductionDocument document;
	private Scene scene;
	private Set<CameraSetup> sceneSetups = Set.of();
	private CameraSetup highlighted;

	/** Shows a scene of a production; {@code highlight} is the set-up of the selected shot, or null. */
	void set(ProductionDocument doc, Scene s, Set<CameraSetup> setups, CameraSetup highlight) {
		document = doc;
		scene = s;
		sceneSetups = Set.copyOf(setups);
		highlighted = highlight;
	}

	/** The production's document, or null. */
	ProductionDocument document() {
		return document;
	}

	/** The production, or null. */
	Production production() {
		return document == null ? null : document.production();
	}

	/** The editing domain whose command stack takes every change, or null. */
	EditingDomain domain() {
		return document == null ? null : document.domain();
	}

	/** The scene shown, or null. */
	Scene scene() {
		return scene;
	}

	/** True when a shot of the scene uses the set-up. */
	boolean inScene(CameraSetup setup) {
		return sceneSetups.contains(setup);
	}

	/** True for the set-up of the selected shot. */
	boolean highlighted(CameraSetup setup) {
		return setup != null && setup == highlighted;
	}
}
