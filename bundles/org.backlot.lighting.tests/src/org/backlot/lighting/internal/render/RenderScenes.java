// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.api.Camera;
import org.backlot.lighting.api.FixtureTypes;
import org.backlot.lighting.api.Vec3;
import org.backlot.lighting.internal.SetupParts;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;

/**
 * The engine's and the renderer's tests' usual set-up and lamps (built with {@link SetupParts} and
 * {@link FixtureTypes}), and where a set point lands in a frame.
 */
public final class RenderScenes {
	private RenderScenes() {
	}

	/** A set-up "test" on an empty 20 × 20 × 8 m floor of this reflectance, ISO 800, 1/48 s, no camera. */
	public static LightingSetup floor(double reflectance) {
		return SetupParts.setup("test", "test", SetupParts.set("test", 20, 20, 8, reflectance)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A 1.2 kW daylight Fresnel: a point source of this peak intensity and beam and field angles. */
	public static FixtureType hard(double candela, double beam, double field) {
		return FixtureTypes.of("Fresnel " + candela, FixtureKind.FRESNEL_HMI, 1200, candela, beam, field, 5600, 0, 0); //$NON-NLS-1$
	}

	/** A daylight soft box {@code size} metres square. */
	public static FixtureType soft(double candela, double beam, double field, double size) {
		return FixtureTypes.of("Soft box " + candela, FixtureKind.SOFTBOX, 1000, candela, beam, field, 5600, size, size); //$NON-NLS-1$
	}

	/** The pixel {x, y} (row 0 at the top) where point p appears in a width × height frame of camera c. */
	public static int[] project(Camera c, Vec3 p, int width, int height) {
		Vec3 d = p.minus(c.position());
		double h = Math.tan(Math.toRadians(c.horizontalFovDegrees() / 2));
		double along = d.dot(c.forward());
		double u = d.dot(c.right()) / along / h;
		double v = d.dot(c.up()) / along / h * width / height;
		return new int[] { (int) Math.floor((u + 1) / 2 * width), (int) Math.floor((1 - v) / 2 * height) };
	}

	/** The green channel of an ARGB pixel. */
	public static int green(int argb) {
		return (argb >> 8) & 255;
	}
}
