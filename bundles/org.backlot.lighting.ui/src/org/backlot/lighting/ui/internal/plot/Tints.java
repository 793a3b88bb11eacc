// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.backlot.lighting.api.Colour;
import org.backlot.lighting.api.Gels;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.eclipse.swt.graphics.RGB;

/** The colour a lamp's light is drawn in: its type's colour temperature (or RGB colour) through its gel, as sRGB at full brightness. */
final class Tints {
	private Tints() {
	}

	/** The tint of a lamp of this type behind this gel (either may be null). */
	static RGB of(FixtureType type, Gel gel) {
		double[] xy;
		if (type != null && type.getColour() != null && type.getColour().matches("#?[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			xy = Colour.xyOfHex(type.getColour());
		} else {
			double kelvin = type != null && type.getCct() > 0 ? type.getCct() : 5600;
			Gel g = gel == null ? Gel.NONE : gel;
			xy = Colour.xyOf(Gels.apply(g, kelvin), Gels.duvShift(g));
		}
		return rgb(xy[0], xy[1]);
	}

	/** The tint of a colour temperature. */
	static RGB ofKelvin(double kelvin) {
		double[] xy = Colour.xyOf(kelvin, 0);
		return rgb(xy[0], xy[1]);
	}

	private static RGB rgb(double x, double y) {
		double[] lin = Colour.linearRgbOfXy(x, y);
		double max = Math.max(1e-9, Math.max(lin[0], Math.max(lin[1], lin[2])));
		int[] c = new int[3];
		for (int i = 0; i < 3; i++) {
			double v = Math.max(0, lin[i] / max);
			double s = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
			c[i] = (int) Math.round(255 * Math.max(0, Math.min(1, s)));
		}
		return new RGB(c[0], c[1], c[2]);
	}
}
