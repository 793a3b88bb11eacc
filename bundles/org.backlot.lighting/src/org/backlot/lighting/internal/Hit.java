// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

/**
 * Where a ray met the set: distance, unit normal facing the ray's side, reflectance, which surface and whether a
 * quad was met from behind; with the scratch the ray caster walks the mesh hierarchy in. One per thread.
 */
public final class Hit {
	/** Distance along the ray. */
	public double t;
	/** Unit normal. */
	public double nx, ny, nz;
	/** Diffuse reflectance (0..1). */
	public double albedo;
	/** One of the {@link Geometry} kinds. */
	public int kind;
	/** The primitive's index within its kind's list. */
	public int index;
	/** Whether a quad was met from behind its normal (an LED wall's back shows as a plain wall). */
	public boolean back;
	/** The ray caster's stack for the mesh hierarchy. */
	public final int[] stack = new int[64];

	/** Records a hit met from the front. */
	public void set(double t, double nx, double ny, double nz, double albedo, int kind, int index) {
		this.t = t;
		this.nx = nx;
		this.ny = ny;
		this.nz = nz;
		this.albedo = albedo;
		this.kind = kind;
		this.index = index;
		this.back = false;
	}
}
