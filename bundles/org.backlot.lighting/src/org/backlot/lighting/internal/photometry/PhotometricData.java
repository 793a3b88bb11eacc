// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.backlot.lighting.api.Distribution;

/**
 * A measured intensity distribution (type C: C-planes around the beam axis, gamma from the axis), as read from an
 * IES or EULUMDAT file. Symmetric data is unfolded into planes covering 0–360°; intensities between the measured
 * angles are interpolated bilinearly in gamma and C (C wraps around from 360° to 0°); beyond the last measured
 * gamma the intensity is 0.
 */
public final class PhotometricData implements Distribution {
	/** How the measured C-planes stand for the rest. */
	public enum Symmetry {
		/** One plane for every C (rotationally symmetric). */
		ROTATIONAL,
		/** Planes 0–90°, mirrored about the C0–C180 and C90–C270 planes. */
		QUADRANT,
		/** Planes 0–180°, mirrored about the C0–C180 plane. */
		BILATERAL_0_180,
		/** Planes 90–270°, mirrored about the C90–C270 plane. */
		BILATERAL_90_270,
		/** Planes all round, no symmetry. */
		NONE
	}

	private static final double EPS = 1e-9;
	private final String name;
	private final double[] planes;
	private final double[] gammas;
	private final double[][] candela;
	private final double peak;

	/**
	 * Data from a file named {@code name}: {@code cAngles} the measured C-planes (increasing, degrees),
	 * {@code gammaAngles} the gamma angles (increasing, 0–180) and {@code cd[plane][gamma]} the intensities in
	 * candela, which stand for the whole distribution by {@code symmetry}.
	 */
	public PhotometricData(String name, double[] cAngles, double[] gammaAngles, double[][] cd, Symmetry symmetry) {
		this.name = name;
		this.gammas = gammaAngles.clone();
		List<double[]> rows = new ArrayList<>();
		if (symmetry == Symmetry.ROTATIONAL) {
			rows.add(new double[] { 0, 0 });
		} else {
			for (int i = 0; i < cAngles.length; i++) {
				for (double a : images(cAngles[i], symmetry)) {
					rows.add(new double[] { norm(a), i });
				}
			}
			rows.sort(Comparator.comparingDouble(r -> r[0]));
			dedupe(rows);
		}
		List<double[]> values = new ArrayList<>();
		List<Double> angles = new ArrayList<>();
		for (double[] r : rows) {
			angles.add(r[0]);
			values.add(cd[(int) r[1]].clone());
		}
		if (symmetry != Symmetry.ROTATIONAL) {
			if (angles.get(0) > EPS) {
				// wrap: the value at 0 (= 360) lies between the last plane and the first plus 360
				double a0 = angles.get(angles.size() - 1);
				double a1 = angles.get(0) + 360;
				double t = (360 - a0) / (a1 - a0);
				double[] lo = values.get(values.size() - 1);
				double[] hi = values.get(0);
				double[] v = new double[gammas.length];
				for (int g = 0; g < v.length; g++) {
					v[g] = lo[g] + t * (hi[g] - lo[g]);
				}
				angles.add(0, 0.0);
				values.add(0, v);
			}
			angles.add(360.0);
			values.add(values.get(0));
		}
		this.planes = angles.stream().mapToDouble(Double::doubleValue).toArray();
		this.candela = values.toArray(new double[0][]);
		double max = 0;
		for (double[] row : candela) {
			for (double v : row) {
				max = Math.max(max, v);
			}
		}
		this.peak = max;
	}

	/** The file the data came from. */
	public String name() {
		return name;
	}

	/** The C-planes after unfolding the symmetry: 0 … 360 (or just 0 when rotationally symmetric). */
	public double[] cAngles() {
		return planes.clone();
	}

	/** The gamma angles. */
	public double[] gammaAngles() {
		return gammas.clone();
	}

	@Override
	public double relative(double gammaDegrees, double cDegrees) {
		return peak > 0 ? candela(gammaDegrees, cDegrees) / peak : 0;
	}

	/** The interpolated intensity in candela at gamma and C (degrees). */
	public double candela(double gammaDegrees, double cDegrees) {
		double g = Math.abs(gammaDegrees);
		if (g > 180) {
			g = 360 - g % 360;
		}
		if (g < gammas[0] - EPS || g > gammas[gammas.length - 1] + EPS) {
			return 0;
		}
		if (planes.length == 1) {
			return inGamma(candela[0], g);
		}
		double c = norm(cDegrees);
		int j = Math.max(0, Math.min(planes.length - 2, upper(planes, c) - 1));
		double t = (c - planes[j]) / (planes[j + 1] - planes[j]);
		double a = inGamma(candela[j], g);
		double b = inGamma(candela[j + 1], g);
		return a + t * (b - a);
	}

	@Override
	public double peakCandela() {
		return peak;
	}

	/** The full angle (degrees) across the C0–C180 plane inside which the intensity is at least 50 % of the peak. */
	public double beamAngle() {
		return spread(0.5);
	}

	/** The full angle (degrees) across the C0–C180 plane inside which the intensity is at least 10 % of the peak. */
	public double fieldAngle() {
		return spread(0.1);
	}

	/**
	 * The luminous flux in lumens: the integral of I·sin γ dγ dC over the sphere, taken exactly for the bilinear
	 * interpolation between the measured angles.
	 */
	public double totalLumens() {
		if (planes.length == 1) {
			return 2 * Math.PI * planeIntegral(candela[0]);
		}
		double sum = 0;
		double prev = planeIntegral(candela[0]);
		for (int j = 1; j < planes.length; j++) {
			double cur = planeIntegral(candela[j]);
			sum += Math.toRadians(planes[j] - planes[j - 1]) * (prev + cur) / 2;
			prev = cur;
		}
		return sum;
	}

	/** ∫ I(γ) sin γ dγ along one plane, with I linear between the measured gammas. */
	private double planeIntegral(double[] row) {
		double sum = 0;
		for (int i = 0; i + 1 < gammas.length; i++) {
			double g0 = Math.toRadians(gammas[i]);
			double g1 = Math.toRadians(gammas[i + 1]);
			double h = g1 - g0;
			double slope = (row[i + 1] - row[i]) / h;
			sum += row[i] * (Math.cos(g0) - Math.cos(g1)) + slope * (-h * Math.cos(g1) + Math.sin(g1) - Math.sin(g0));
		}
		return sum;
	}

	private double spread(double fraction) {
		return halfAngle(0, fraction) + halfAngle(180, fraction);
	}

	/** The largest gamma in plane {@code c} where the intensity still reaches {@code fraction} of the peak. */
	private double halfAngle(double c, double fraction) {
		double threshold = fraction * peak;
		double[] row = new double[gammas.length];
		for (int i = 0; i < row.length; i++) {
			row[i] = candela(gammas[i], c);
		}
		for (int i = row.length - 1; i >= 0; i--) {
			if (row[i] >= threshold) {
				if (i == row.length - 1) {
					return gammas[i];
				}
				double t = (row[i] - threshold) / (row[i] - row[i + 1]);
				return gammas[i] + t * (gammas[i + 1] - gammas[i]);
			}
		}
		return 0;
	}

	private double inGamma(double[] row, double g) {
		if (row.length == 1) {
			return row[0];
		}
		int i = Math.max(0, Math.min(gammas.length - 2, upper(gammas, g) - 1));
		double t = Math.max(0, Math.min(1, (g - gammas[i]) / (gammas[i + 1] - gammas[i])));
		return row[i] + t * (row[i + 1] - row[i]);
	}

	/** The index of the first value greater than {@code v}. */
	private static int upper(double[] values, double v) {
		int i = Arrays.binarySearch(values, v);
		if (i >= 0) {
			while (i + 1 < values.length && values[i + 1] == v) {
				i++;
			}
			return i + 1;
		}
		return -i - 1;
	}

	/** The planes that measured plane {@code c} stands for under {@code s}. */
	private static double[] images(double c, Symmetry s) {
		return switch (s) {
		case QUADRANT -> new double[] { c, 180 - c, 180 + c, 360 - c };
		case BILATERAL_0_180 -> new double[] { c, 360 - c };
		case BILATERAL_90_270 -> new double[] { c, 180 - c };
		default -> new double[] { c };
		};
	}

	private static void dedupe(List<double[]> rows) {
		for (int i = rows.size() - 1; i > 0; i--) {
			if (rows.get(i)[0] - rows.get(i - 1)[0] < 1e-6) {
				rows.remove(i);
			}
		}
	}

	private static double norm(double c) {
		double r = c % 360;
		if (r < 0) {
			r += 360;
		}
		return r >= 360 - EPS ? 0 : r;
	}
}
