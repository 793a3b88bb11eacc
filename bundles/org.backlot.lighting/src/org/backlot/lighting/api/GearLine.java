// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import org.backlot.model.lighting.FixtureType;

/** One line of a set-up's gear list: a fixture type, how many the set-up uses, how many the studio stocks, and their power. */
public record GearLine(FixtureType type, int count, int inStock, double watts) {
	/** How many more the set-up needs than the studio has (0 when covered). */
	public int shortfall() {
		return Math.max(0, count - inStock);
	}
}
