// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/** How much of the light transport a calculation includes. */
public enum Quality {
	/** Direct light only, nothing casts shadows. */
	NO_SHADOWS,
	/** Direct light, shadows from each source's centre: hard edges. */
	HARD_SHADOWS,
	/** Direct light, shadows sampled across soft sources: penumbrae. */
	SOFT_SHADOWS,
	/** Soft shadows plus one bounce of light off the floor and walls. */
	BOUNCE;

	/** Whether shadows are cast at all. */
	public boolean shadows() {
		return this != NO_SHADOWS;
	}

	/** Whether shadow rays are cast to every sample of an area source. */
	public boolean softShadows() {
		return this == SOFT_SHADOWS || this == BOUNCE;
	}
}
