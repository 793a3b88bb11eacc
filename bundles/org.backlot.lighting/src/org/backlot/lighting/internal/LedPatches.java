// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Colour;
import org.backlot.lighting.api.Lambertian;
import org.backlot.lighting.api.Source;
import org.backlot.lighting.api.Vec3;

/**
 * The LED volume as light: the wall cut into patches, each a Lambertian area source whose colour and
 * brightness are the average of the picture it shows (luminance × area gives the patch's peak intensity).
 */
final class LedPatches {
	/** Patch size the wall is cut into, in metres. */
	private static final double PATCH_M = 1.0;

	private LedPatches() {
	}

	static List<Source> of(LedPicture picture, Vec3 corner, Vec3 along, double height, Vec3 normal) {
		double length = along.length();
		int cols = (int) Math.max(2, Math.min(24, Math.round(length / PATCH_M)));
		int rows = (int) Math.max(1, Math.min(8, Math.round(height / PATCH_M)));
		double pw = length / cols;
		double ph = height / rows;
		Vec3 u = along.unit();
		List<Source> out = new ArrayList<>();
		double[] cell = new double[3];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				double[] sum = new double[3];
				int n = 0;
				for (int j = 0; j < 4; j++) {
					for (int i = 0; i < 4; i++) {
						picture.colour((c + (i + 0.5) / 4) / cols, (r + (j + 0.5) / 4) / rows, cell);
						sum[0] += cell[0];
						sum[1] += cell[1];
						sum[2] += cell[2];
						n++;
					}
				}
				double lum = (0.2126 * sum[0] + 0.7152 * sum[1] + 0.0722 * sum[2]) / n;
				if (lum < 1e-4) {
					continue;
				}
				double[] xy = Colour.xyOfLinearRgb(sum[0], sum[1], sum[2]);
				double[] cd = Colour.cctDuvOfXy(xy[0], xy[1]);
				Vec3 centre = corner.plus(u.times((c + 0.5) * pw)).plus(new Vec3(0, 0, (r + 0.5) * ph));
				double candela = picture.nits() * lum * pw * ph;
				out.add(new LedSource(centre, normal, pw, ph, candela, cd, xy, r * cols + c).source());
			}
		}
		return out;
	}

	/** One patch's figures. */
	private record LedSource(Vec3 centre, Vec3 normal, double w, double h, double candela, double[] cctDuv, double[] xy, int index) {
		Source source() {
			return new Source("led-" + index, "LED " + (index + 1), centre, normal, w, h, candela, Lambertian.INSTANCE, cctDuv[0], cctDuv[1], xy, true); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
