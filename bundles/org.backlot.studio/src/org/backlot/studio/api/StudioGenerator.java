// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import org.backlot.core.api.ModelStore;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.studio.internal.generator.GeneratedStudio;

/**
 * Generates a realistic studio base from a seed: 12 stages (three with LED
 * volumes), a 10,000-item costume and prop store, 15,000 extras, 800
 * apartments, listed locations, a lamp stock and the permit authorities. The
 * same seed gives the same studio, ids included.
 */
public final class StudioGenerator {
	/** The seed of the sample studio that the sample production refers to. */
	public static final long SAMPLE_SEED = 2027;
	/** Inventory items generated. */
	public static final int ITEMS = 10_200;
	/** Extras generated. */
	public static final int EXTRAS = 15_000;
	/** Apartments generated. */
	public static final int APARTMENTS = 800;

	private StudioGenerator() {
	}

	/** Generates the studio. */
	public static Studio generate(long seed) {
		Studio s = StudioFactory.eINSTANCE.createStudio();
		s.setFileVersion(ModelStore.CURRENT_VERSION);
		GeneratedStudio.fill(s, seed, ITEMS, EXTRAS, APARTMENTS);
		return s;
	}
}
