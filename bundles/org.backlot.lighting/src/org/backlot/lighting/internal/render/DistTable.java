// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.backlot.lighting.api.Distribution;
import org.backlot.lighting.api.Source;

/**
 * A distribution prepared for the renderer: its fingerprint (sampled values every degree on eight C-planes, so that
 * a scene rebuilt after an edit finds its cached layers) and, when it is rotationally symmetric, a table of the
 * relative intensity against sin(γ/2), looked up without trigonometry. Asymmetric ones are evaluated exactly.
 */
final class DistTable {
	/** Table steps over sin(γ/2) in 0..1 (about 0.03° near the axis). */
	private static final int N = 4096;
	private static final int PLANES = 8;
	private static final Map<Distribution, DistTable> BY_OBJECT = Collections.synchronizedMap(new WeakHashMap<>());
	private static final Map<Long, DistTable> BY_CONTENT = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, DistTable> eldest) {
			return size() > 256;
		}
	});

	/** The fingerprint of the sampled values. */
	final long fingerprint;
	/** Whether the relative intensity is the same on every C-plane. */
	final boolean symmetric;
	/** Whether a symmetric distribution gives nothing at 90° from the axis and beyond (no light behind the face). */
	final boolean darkBehind;
	private final double[] table;

	private DistTable(long fingerprint, boolean symmetric, double[] table) {
		this.fingerprint = fingerprint;
		this.symmetric = symmetric;
		this.table = table;
		boolean dark = symmetric;
		for (int k = (int) Math.ceil(Math.sin(Math.PI / 4) * N); dark && k <= N; k++) {
			dark = table[k] == 0;
		}
		this.darkBehind = dark;
	}

	/** The prepared form of {@code d}, shared by every distribution with the same sampled values. */
	static DistTable of(Distribution d) {
		DistTable t = BY_OBJECT.get(d);
		if (t != null) {
			return t;
		}
		long h = Hashing.mix(d.getClass().getName().hashCode());
		boolean symmetric = true;
		for (int g = 0; g <= 180; g++) {
			double first = d.relative(g, 0);
			h = Hashing.add(h, first);
			for (int c = 1; c < PLANES; c++) {
				double v = d.relative(g, c * 360.0 / PLANES);
				h = Hashing.add(h, v);
				symmetric &= Math.abs(v - first) <= 1e-12;
			}
		}
		long fingerprint = h;
		boolean sym = symmetric;
		t = BY_CONTENT.computeIfAbsent(fingerprint, k -> new DistTable(k, sym, sym ? table(d) : null));
		BY_OBJECT.put(d, t);
		return t;
	}

	private static double[] table(Distribution d) {
		double[] t = new double[N + 2];
		for (int k = 0; k <= N; k++) {
			t[k] = d.relative(Math.toDegrees(2 * Math.asin(Math.min(1.0, k / (double) N))), 0);
		}
		t[N + 1] = t[N];
		return t;
	}

	/**
	 * The relative intensity (0..1) of {@code s} towards unit direction (dx, dy, dz) from the source, whose cosine
	 * to the beam axis is {@code cosGamma}.
	 */
	double relative(Source s, double cosGamma, double dx, double dy, double dz) {
		if (!symmetric) {
			return s.candela > 0 ? s.candelaToward(dx, dy, dz) / s.candela : 0;
		}
		return lookup(cosGamma);
	}

	/** The tabulated relative intensity of a symmetric distribution at this cosine from the axis. */
	double lookup(double cosGamma) {
		double f = Math.sqrt(Math.max(0, (1 - cosGamma) * 0.5)) * N;
		int k = (int) f;
		if (k >= N) {
			return table[N];
		}
		double a = table[k];
		return a + (table[k + 1] - a) * (f - k);
	}
}
