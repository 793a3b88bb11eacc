// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;

/** A lamp as an advisor proposes it: which type, its role (key, fill, back...), where, aimed how, dimmed and gelled. */
public record PlacedFixture(FixtureType type, String role, double x, double y, double z, double pan, double tilt, double dimmer, Gel gel,
		double diffusion) {
}
