// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.backlot.lighting.api.Camera;

/**
 * The caches of one frame size: the G-buffer (kept while camera and set are unchanged by content), each light
 * group's hard-shadow layer, each soft source's accumulating soft-shadow state, and the bounce field.
 */
final class Level {
	/** Layers and soft states kept beyond the current scene's, for a lamp dragged back and forth. */
	private static final int SPARE = 2;

	/** What the G-buffer depends on. */
	record GKey(long geometry, Camera camera, int width, int height) {
	}

	/** What a hard layer depends on (besides the G-buffer): the group's key and whether shadows are cast. */
	record LayerKey(Object group, boolean shadows) {
	}

	/** A soft source's accumulated loss to blocked strata, what its first pass saw, its current layer and how many passes made it. */
	static final class SoftState {
		final float[] loss;
		final byte[] seen;
		final float[] layer;
		int passes;

		SoftState(int pixels) {
			loss = new float[pixels];
			seen = new byte[pixels];
			layer = new float[pixels];
		}
	}

	final int width, height;
	GKey gKey;
	GBuffer g;
	final Map<LayerKey, float[]> hard = new LinkedHashMap<>(16, 0.75f, true);
	final Map<SourceKey, SoftState> soft = new LinkedHashMap<>(16, 0.75f, true);
	Object bounceKey;
	float[] bounce;
	/** The fixed-point sum of the layers that stayed put while others were cast, and what it sums. */
	int[] rest;
	Object restKey;

	Level(int width, int height) {
		this.width = width;
		this.height = height;
	}

	/** Drops every cache that depends on the G-buffer and installs a new one. */
	void reset(GKey key, GBuffer buffer) {
		gKey = key;
		g = buffer;
		hard.clear();
		soft.clear();
		bounceKey = null;
		bounce = null;
		rest = null;
		restKey = null;
	}

	/** Keeps the entries in use plus the {@value #SPARE} most recently used others. */
	static <K, V> void trim(Map<K, V> map, Set<?> inUse) {
		int removed = 0;
		int others = 0;
		for (K k : map.keySet()) {
			if (!inUse.contains(k)) {
				others++;
			}
		}
		Iterator<K> it = map.keySet().iterator();
		while (it.hasNext() && others - removed > SPARE) {
			K k = it.next();
			if (!inUse.contains(k)) {
				it.remove();
				removed++;
			}
		}
	}
}
