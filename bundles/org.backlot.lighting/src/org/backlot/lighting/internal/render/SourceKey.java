// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.api.Source;

/**
 * What a source's illuminance on the set depends on, by content: where it is, where it points, its size, its
 * intensity and the shape of its distribution (a fingerprint of sampled values, not the object's identity). Its
 * colour is left out: a layer of illuminance is tinted when the frame is put together.
 */
record SourceKey(double px, double py, double pz, double ax, double ay, double az, double width, double height, double candela, boolean led,
		long distribution) {

	/** The key of a source whose distribution has this fingerprint. */
	static SourceKey of(Source s, long distribution) {
		return new SourceKey(s.position.x(), s.position.y(), s.position.z(), s.axis.x(), s.axis.y(), s.axis.z(), s.width, s.height, s.candela, s.ledWall,
				distribution);
	}

	/** A well-mixed 64-bit hash, used to seed the jitter of this source's soft-shadow samples. */
	long salt() {
		long h = Hashing.mix(distribution);
		for (double d : new double[] { px, py, pz, ax, ay, az, width, height, candela }) {
			h = Hashing.mix(h ^ Double.doubleToLongBits(d));
		}
		return h;
	}
}
