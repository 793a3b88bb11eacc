// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.internal.Hit;

/** One worker thread's working memory: a hit, a candidate list and sample weights. */
final class Scratch {
	final Hit hit = new Hit();
	final Tracer.Cull cull;
	/** Weights of the n×n samples of an area source (n ≤ 24). */
	final double[] weights = new double[24 * 24];
	/** Weights summed per stratum (at most 3×3). */
	final double[] strata = new double[9];
	/** A tile's box of lifted points. */
	final double[] tile = new double[6];

	Scratch(Tracer tracer) {
		cull = tracer.newCull();
	}
}
