// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import org.backlot.model.studio.Studio;

/** Fills a studio from a seed, in a fixed order so that ids are reproducible. */
public final class GeneratedStudio {
	private GeneratedStudio() {
	}

	/** Fills the studio with the given numbers of items, extras and apartments. */
	public static void fill(Studio s, long seed, int items, int extras, int apartments) {
		SeededIds ids = new SeededIds(seed);
		s.setId(ids.uuid());
		s.setName("Yongchuan Film and TV Base"); //$NON-NLS-1$
		s.setNameZh("永川影视基地"); //$NON-NLS-1$
		s.setAddress("Yongchuan District, Chongqing"); //$NON-NLS-1$
		s.setLatitude(29.356);
		s.setLongitude(105.927);
		s.setTimeZone("Asia/Shanghai"); //$NON-NLS-1$
		Facilities.stages(s, ids);
		Facilities.locations(s, ids);
		Facilities.fixtures(s, ids);
		Facilities.authorities(s, ids);
		Inventory.items(s, ids, items);
		People.extras(s, ids, extras);
		People.apartments(s, ids, apartments);
		Facilities.bookings(s, ids);
		DigitalAssets.add(s, ids);
	}
}
