// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

/** Where a ray met the set: distance, unit normal facing the ray's side, reflectance and which surface. */
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

	void set(double t, double nx, double ny, double nz, double albedo, int kind, int index) {
		this.t = t;
		this.nx = nx;
		this.ny = ny;
		this.nz = nz;
		this.albedo = albedo;
		this.kind = kind;
		this.index = index;
	}
}
