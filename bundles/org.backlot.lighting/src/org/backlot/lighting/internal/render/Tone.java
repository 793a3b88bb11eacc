// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

/**
 * From exposed linear light (an 18 % grey card lit at the shooting stop reads 0.18) to an 8-bit sRGB value: a filmic
 * curve that is straight up to {@value #KNEE} and rolls off exponentially towards white above it, then the sRGB
 * encoding, through a table.
 */
final class Tone {
	/** Where the shoulder starts; mid grey sits well below it and keeps its value. */
	static final double KNEE = 0.5;
	private static final double XMAX = 8;
	private static final int N = 1 << 16;
	private static final byte[] LUT = new byte[N + 1];

	static {
		for (int k = 0; k <= N; k++) {
			LUT[k] = (byte) Math.round(255 * srgb(filmic(k * XMAX / N)));
		}
	}

	private Tone() {
	}

	/** The 8-bit value of exposed linear light {@code x}. */
	static int encode(double x) {
		if (!(x > 0)) {
			return 0;
		}
		if (x >= XMAX) {
			return LUT[N] & 255;
		}
		return LUT[(int) (x * (N / XMAX) + 0.5)] & 255;
	}

	/** The 8-bit value of exposed linear light given in fixed point with {@code bits} fraction bits. */
	static int encodeFixed(int value, int bits) {
		if (value <= 0) {
			return 0;
		}
		long k = ((long) value * (long) (N / XMAX) + (1L << (bits - 1))) >> bits;
		return LUT[(int) Math.min(N, k)] & 255;
	}

	/** The filmic curve: identity up to the knee, then 1 − (1 − knee)·e^(−(x − knee)/(1 − knee)). */
	static double filmic(double x) {
		return x <= KNEE ? Math.max(0, x) : KNEE + (1 - KNEE) * (1 - Math.exp(-(x - KNEE) / (1 - KNEE)));
	}

	/** The sRGB transfer function of a linear value in 0..1. */
	static double srgb(double c) {
		return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
	}
}
