// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.backlot.lighting.api.LightScene;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingSetup;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Scenes of a set-up as it would be after a change not yet made: a detached
 * copy of the set-up (sharing its camera, set and look) with the change applied,
 * compiled for the preview while a lamp is dragged or a slider moves.
 */
public final class Scenes {
	private Scenes() {
	}

	/** The scene of the set-up with {@code change} applied to (a copy of) one of its lamps. */
	public static LightScene withFixture(LightingSetup setup, Fixture lamp, Consumer<Fixture> change, Path baseDir) {
		return withSetup(setup, copy -> {
			int i = setup.getFixtures().indexOf(lamp);
			if (i >= 0) {
				change.accept(copy.getFixtures().get(i));
			}
		}, baseDir);
	}

	/** The scene of a copy of the set-up changed by {@code change}. */
	public static LightScene withSetup(LightingSetup setup, Consumer<LightingSetup> change, Path baseDir) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		LightingSetup copy = (LightingSetup) copier.copy(setup);
		copier.copyReferences();
		change.accept(copy);
		return LightScene.of(copy, baseDir);
	}
}
