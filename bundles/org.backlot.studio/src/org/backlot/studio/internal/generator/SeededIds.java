// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import java.util.Random;
import java.util.UUID;

/** Random numbers and UUIDs from a seed, so that a generated studio is the same every time. */
final class SeededIds {
	private final Random random;

	SeededIds(long seed) {
		random = new Random(seed);
	}

	Random random() {
		return random;
	}

	/** A version-4-shaped UUID drawn from the seeded generator. */
	String uuid() {
		long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
		long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb).toString();
	}

	/** One of the values. */
	<T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** An integer in [from, to]. */
	int between(int from, int to) {
		return from + random.nextInt(to - from + 1);
	}
}
