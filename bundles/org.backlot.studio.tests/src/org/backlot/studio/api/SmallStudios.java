// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import org.backlot.core.api.ModelStore;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.studio.internal.generator.GeneratedStudio;

/** Generated studios with the base's stages, locations and assets but few items, extras and apartments, for quick tests. */
final class SmallStudios {
	private SmallStudios() {
	}

	static Studio of(long seed) {
		Studio s = StudioFactory.eINSTANCE.createStudio();
		s.setFileVersion(ModelStore.CURRENT_VERSION);
		GeneratedStudio.fill(s, seed, 300, 200, 40);
		return s;
	}
}
