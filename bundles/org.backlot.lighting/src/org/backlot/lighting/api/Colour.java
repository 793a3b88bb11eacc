// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/**
 * Colour of light: CIE 1931 chromaticity of a correlated colour temperature, back to CCT and Duv
 * (distance from the Planckian locus in CIE 1960 uv, positive above it: green), and linear sRGB for display.
 * <p>
 * The Planckian locus is a rational fit, in q = 1000/T, to the chromaticities of Planck's law (c₂ = 1.4388·10⁻² m·K)
 * weighted by the CIE 1931 2° observer at 5 nm: within 5·10⁻⁶ in u and v from 1000 K to 40000 K, and it tends to
 * the locus' end point as T grows. Older cubic fits (Kim et al.) stop at 1667 K and are off by up to 4·10⁻⁴.
 */
public final class Colour {
	/** The warmest colour temperature considered (K). */
	public static final double MIN_KELVIN = 1000;
	/** The hottest colour temperature considered (K). */
	public static final double MAX_KELVIN = 40000;
	private static final double[] U_NUM = { 0.179971937431, 0.588445267967, 2.6080330151, 5.2884286465, 1.38665124431 };
	private static final double[] U_DEN = { 1, 2.92925209249, 12.408490447, 3.12233306614, 2.97770836993 };
	private static final double[] V_NUM = { 0.263607050225, 0.112686303636, 7.11458644864, 0.249151425014, 24.4406864554 };
	private static final double[] V_DEN = { 1, -0.427182084706, 23.3986044524, -9.98325174685, 76.7576976767 };

	private Colour() {
	}

	/** The xy chromaticity of a black body at {@code kelvin} (clamped to 1000–40000 K). */
	public static double[] xyOfCct(double kelvin) {
		return xyOfUv(uvOfCct(kelvin));
	}

	/** The xy of a CCT moved {@code duv} off the Planckian locus, perpendicular to it (positive towards green). */
	public static double[] xyOf(double kelvin, double duv) {
		double t = clamp(kelvin);
		double[] uv = uvOfCct(t);
		if (duv != 0) {
			double[] n = normal(t);
			uv = new double[] { uv[0] + duv * n[0], uv[1] + duv * n[1] };
		}
		return xyOfUv(uv);
	}

	/**
	 * CCT (kelvin) and Duv of a chromaticity: {cct, duv}. The CCT is that of the nearest point of the locus in
	 * CIE 1960 uv (found by golden-section search in ln T); Duv is the signed distance to it, positive above the
	 * locus (greenish), negative below (magenta). Colours far from white clamp to 1000 or 40000 K.
	 */
	public static double[] cctDuvOfXy(double x, double y) {
		double[] target = uvOfXy(new double[] { x, y });
		double lo = Math.log(MIN_KELVIN);
		double hi = Math.log(MAX_KELVIN);
		double g = (Math.sqrt(5) - 1) / 2;
		double a = hi - g * (hi - lo);
		double b = lo + g * (hi - lo);
		double fa = distance(target, Math.exp(a));
		double fb = distance(target, Math.exp(b));
		for (int i = 0; i < 64; i++) {
			if (fa < fb) {
				hi = b;
				b = a;
				fb = fa;
				a = hi - g * (hi - lo);
				fa = distance(target, Math.exp(a));
			} else {
				lo = a;
				a = b;
				fa = fb;
				b = lo + g * (hi - lo);
				fb = distance(target, Math.exp(b));
			}
		}
		double cct = Math.exp((lo + hi) / 2);
		double[] on = uvOfCct(cct);
		double[] n = normal(cct);
		double side = (target[0] - on[0]) * n[0] + (target[1] - on[1]) * n[1];
		return new double[] { cct, Math.copySign(Math.sqrt(distance(target, cct)), side) };
	}

	/** Linear sRGB (D65) of a chromaticity at luminance Y = 1, negative parts clipped. */
	public static double[] linearRgbOfXy(double x, double y) {
		double bigX = x / y;
		double bigZ = (1 - x - y) / y;
		double r = 3.2404542 * bigX - 1.5371385 - 0.4985314 * bigZ;
		double gr = -0.9692660 * bigX + 1.8760108 + 0.0415560 * bigZ;
		double bl = 0.0556434 * bigX - 0.2040259 + 1.0572252 * bigZ;
		return new double[] { Math.max(0, r), Math.max(0, gr), Math.max(0, bl) };
	}

	/** The xy of an sRGB colour written #rrggbb. */
	public static double[] xyOfHex(String hex) {
		int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16); //$NON-NLS-1$
		double r = linear(((v >> 16) & 255) / 255.0);
		double gr = linear(((v >> 8) & 255) / 255.0);
		return xyOfLinearRgb(r, gr, linear((v & 255) / 255.0));
	}

	/** The xy of a linear sRGB (D65) colour; black gives a 6504 K white. */
	public static double[] xyOfLinearRgb(double r, double gr, double bl) {
		double bigX = 0.4124564 * r + 0.3575761 * gr + 0.1804375 * bl;
		double bigY = 0.2126729 * r + 0.7151522 * gr + 0.0721750 * bl;
		double bigZ = 0.0193339 * r + 0.1191920 * gr + 0.9503041 * bl;
		double s = bigX + bigY + bigZ;
		return s == 0 ? xyOfCct(6504) : new double[] { bigX / s, bigY / s };
	}

	/** CIE 1960 uv of an xy chromaticity. */
	static double[] uvOfXy(double[] xy) {
		double d = -2 * xy[0] + 12 * xy[1] + 3;
		return new double[] { 4 * xy[0] / d, 6 * xy[1] / d };
	}

	/** The CIE 1960 uv of the Planckian locus at {@code kelvin} (clamped). */
	static double[] uvOfCct(double kelvin) {
		double q = 1000 / clamp(kelvin);
		return new double[] { rational(U_NUM, U_DEN, q), rational(V_NUM, V_DEN, q) };
	}

	private static double[] xyOfUv(double[] uv) {
		double d = 2 * uv[0] - 8 * uv[1] + 4;
		return new double[] { 3 * uv[0] / d, 2 * uv[1] / d };
	}

	/** The unit normal of the locus at {@code kelvin} that points above it (towards green). */
	private static double[] normal(double kelvin) {
		double[] cooler = uvOfCct(kelvin * 1.0001);
		double[] warmer = uvOfCct(kelvin / 1.0001);
		double tu = cooler[0] - warmer[0];
		double tv = cooler[1] - warmer[1];
		double l = Math.hypot(tu, tv);
		return new double[] { tv / l, -tu / l };
	}

	private static double rational(double[] num, double[] den, double q) {
		double n = 0;
		double d = 0;
		for (int i = num.length - 1; i >= 0; i--) {
			n = n * q + num[i];
			d = d * q + den[i];
		}
		return n / d;
	}

	private static double clamp(double kelvin) {
		return Math.max(MIN_KELVIN, Math.min(MAX_KELVIN, kelvin));
	}

	private static double linear(double c) {
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static double distance(double[] uv, double kelvin) {
		double[] p = uvOfCct(kelvin);
		double du = p[0] - uv[0];
		double dv = p[1] - uv[1];
		return du * du + dv * dv;
	}
}
