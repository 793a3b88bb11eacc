// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

/** 64-bit hashing for content signatures and deterministic jitter. */
final class Hashing {
	private Hashing() {
	}

	/** The SplitMix64 finaliser: a bijective scramble of 64 bits. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** Folds a double into a running hash. */
	static long add(long h, double v) {
		return mix(h * 31 + Double.doubleToLongBits(v));
	}

	/** Folds an array into a running hash, length first. */
	static long add(long h, double[] values) {
		h = mix(h * 31 + values.length);
		for (double v : values) {
			h = mix(h * 31 + Double.doubleToLongBits(v));
		}
		return h;
	}

	/** Folds an int array into a running hash, length first. */
	static long add(long h, int[] values) {
		h = mix(h * 31 + values.length);
		for (int v : values) {
			h = mix(h * 31 + v);
		}
		return h;
	}

	/** A uniform number in [0, 1) from a hash. */
	static double unit(long h) {
		return (mix(h) >>> 11) * 0x1.0p-53;
	}
}
