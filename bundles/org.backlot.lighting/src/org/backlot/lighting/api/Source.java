// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/**
 * One emitter as the calculation sees it: a point, or a rectangle (soft source, LED wall patch) sampled as a
 * grid of points, with its intensity distribution already scaled by dimmer, gel and diffusion, and its colour.
 */
public final class Source {
	/** The fixture's id (or the LED wall's patch name). */
	public final String id;
	/** The name shown to the user. */
	public final String name;
	/** The centre of the emitting face. */
	public final Vec3 position;
	/** The beam axis (unit). */
	public final Vec3 axis;
	/** Unit vectors across the face: along its width and its height. */
	public final Vec3 across, upward;
	/** The face's size in metres; 0 by 0 for a point source. */
	public final double width, height;
	/** Peak intensity on the axis in candela, after dimmer, gel and diffusion. */
	public final double candela;
	/** The relative distribution. */
	public final Distribution distribution;
	/** Colour: CCT (K), Duv and CIE xy. */
	public final double kelvin, duv, x, y;
	/** Linear sRGB of the colour at luminance 1. */
	public final double[] rgb;
	/** Whether this source is one patch of the LED volume. */
	public final boolean ledWall;

	/** A source; {@code axis} need not be unit length. */
	public Source(String id, String name, Vec3 position, Vec3 axis, double width, double height, double candela, Distribution distribution,
			double kelvin, double duv, double[] xy, boolean ledWall) {
		this.id = id;
		this.name = name;
		this.position = position;
		this.axis = axis.unit();
		Vec3 side = Math.abs(this.axis.z()) > 0.99 ? new Vec3(1, 0, 0) : Vec3.UP.cross(this.axis).unit();
		this.across = side;
		this.upward = this.axis.cross(side).unit();
		this.width = width;
		this.height = height;
		this.candela = candela;
		this.distribution = distribution;
		this.kelvin = kelvin;
		this.duv = duv;
		this.x = xy[0];
		this.y = xy[1];
		this.rgb = Colour.linearRgbOfXy(xy[0], xy[1]);
		double lum = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
		for (int i = 0; i < 3; i++) {
			rgb[i] = lum > 0 ? rgb[i] / lum : 1;
		}
		this.ledWall = ledWall;
	}

	/** Whether the source has an area (soft shadows, integrated illuminance). */
	public boolean isArea() {
		return width > 0 || height > 0;
	}

	/** The intensity in candela towards unit direction {@code dx, dy, dz} (from the source outwards). */
	public double candelaToward(double dx, double dy, double dz) {
		double cos = axis.x() * dx + axis.y() * dy + axis.z() * dz;
		if (cos <= -1) {
			return candela * distribution.relative(180, 0);
		}
		double gamma = Math.toDegrees(Math.acos(Math.min(1, cos)));
		double c = 0;
		if (gamma > 1e-6) {
			double a = across.x() * dx + across.y() * dy + across.z() * dz;
			double u = upward.x() * dx + upward.y() * dy + upward.z() * dz;
			c = Math.toDegrees(Math.atan2(u, a));
			if (c < 0) {
				c += 360;
			}
		}
		return candela * distribution.relative(gamma, c);
	}

	/** Grid samples per side for an accurate integral at {@code distance} (1 for a point source). */
	public int samplesPerSide(double distance) {
		if (!isArea()) {
			return 1;
		}
		double size = Math.max(width, height);
		return (int) Math.max(2, Math.min(24, Math.ceil(6 * size / Math.max(1e-3, distance))));
	}

	/** The centre of cell (i, j) of an n-by-n grid over the face, written into {@code out}. */
	public void sample(int i, int j, int n, double[] out) {
		double a = ((i + 0.5) / n - 0.5) * width;
		double b = ((j + 0.5) / n - 0.5) * height;
		out[0] = position.x() + across.x() * a + upward.x() * b;
		out[1] = position.y() + across.y() * a + upward.y() * b;
		out[2] = position.z() + across.z() * a + upward.z() * b;
	}
}
