// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backlot.lighting.api.Exposure;
import org.backlot.lighting.internal.Hit;
import org.backlot.lighting.internal.LedPicture;

/**
 * One pass over the tiles of a frame: casts the camera rays if the G-buffer is stale, casts the layers missing from
 * the cache, advances the soft-shadow states one pass if asked, and composes the picture.
 */
final class Sweep {
	private final RenderEngine engine;
	private final Prepared p;
	private final Level level;
	int[] argb;
	long rays;
	private Object pendingRest;

	Sweep(RenderEngine engine, Prepared p, Level level) {
		this.engine = engine;
		this.p = p;
		this.level = level;
	}

	/** Casts the camera rays unless the cached G-buffer is for the same camera and set. */
	void ensureGBuffer() {
		Level.GKey key = new Level.GKey(p.geometry, p.scene.camera(), level.width, level.height);
		if (!key.equals(level.gKey)) {
			long[] cast = new long[1];
			Hit[] hits = new Hit[engine.threads()];
			for (int i = 0; i < hits.length; i++) {
				hits[i] = engine.scratch()[i].hit;
			}
			level.reset(key, GBuffer.cast(p.scene.camera(), p.tracer, level.width, level.height, engine.workers(), hits, cast));
			rays += cast[0];
		}
	}

	/**
	 * The pass: hard layers with or without shadows, one more soft-shadow pass for the soft sources when
	 * {@code softStep}, their soft layers used when {@code useSoft}, and the indirect light when {@code bounce} is given.
	 */
	void run(boolean shadows, boolean softStep, boolean useSoft, float[] bounce) {
		ensureGBuffer();
		GBuffer g = level.g;
		int pixels = g.width * g.height;
		int n = p.groups.size();
		float[][] layers = new float[n][];
		List<Integer> dirty = new ArrayList<>();
		List<Light> advance = new ArrayList<>();
		List<Level.SoftState> states = new ArrayList<>();
		Set<Object> hardInUse = new HashSet<>();
		Set<SourceKey> softInUse = new HashSet<>();
		for (int i = 0; i < n; i++) {
			Prepared.Group group = p.groups.get(i);
			Level.LayerKey key = new Level.LayerKey(group.key, shadows);
			hardInUse.add(key);
			hardInUse.add(new Level.LayerKey(group.key, !shadows));
			layers[i] = level.hard.get(key);
			if (layers[i] == null) {
				layers[i] = new float[group.colour ? pixels * 3 : pixels];
				dirty.add(i);
			}
		}
		float[][] shown = layers.clone();
		boolean[] hot = new boolean[n];
		Object[] identity = new Object[n];
		for (int i = 0; i < n; i++) {
			Prepared.Group group = p.groups.get(i);
			identity[i] = new Level.LayerKey(group.key, shadows);
			hot[i] = dirty.contains(i);
			if (group.colour || !group.light().soft() || !shadows) {
				continue;
			}
			Light l = group.light();
			softInUse.add(l.key);
			Level.SoftState st = level.soft.get(l.key);
			if (st == null && softStep) {
				st = new Level.SoftState(pixels);
				level.soft.put(l.key, st);
			}
			boolean advancing = st != null && softStep && st.passes < Shader.SOFT_PASSES;
			if (advancing && !states.contains(st)) {
				advance.add(l);
				states.add(st);
			}
			if (useSoft && st != null && (st.passes > 0 || advancing)) {
				shown[i] = st.layer;
				hot[i] = advancing;
				identity[i] = List.of(l.key, st.passes);
			}
		}
		boolean composeNow = bounce == null;
		Composer composer = composeNow ? composer(shown, hot, identity, null) : null;
		Workers w = engine.workers();
		Scratch[] sc = engine.scratch();
		Tracer tr = p.tracer;
		int[] out = new int[pixels];
		rays += w.forEach(g.tiles(), (tile, worker) -> {
			long r = 0;
			for (int i : dirty) {
				Prepared.Group group = p.groups.get(i);
				if (group.colour) {
					for (Light l : group.lights) {
						r += Shader.hard(g, tile, l, tr, shadows, layers[i], l.source.rgb, sc[worker]);
					}
				} else {
					r += Shader.hard(g, tile, group.light(), tr, shadows, layers[i], null, sc[worker]);
				}
			}
			for (int k = 0; k < advance.size(); k++) {
				Level.SoftState st = states.get(k);
				r += Shader.soft(g, tile, advance.get(k), tr, st.passes, st.loss, st.seen, st.layer, sc[worker]);
			}
			if (composeNow) {
				composer.tile(g, tile, out);
			}
			return r;
		});
		for (Level.SoftState st : states) {
			st.passes++;
		}
		if (pendingRest != null) {
			level.restKey = pendingRest;
			pendingRest = null;
		}
		for (int i : dirty) {
			level.hard.put(new Level.LayerKey(p.groups.get(i).key, shadows), layers[i]);
		}
		if (!composeNow) {
			Composer lit = composer(shown, hot, identity, bounce);
			w.forEach(g.tiles(), (tile, worker) -> {
				lit.tile(g, tile, out);
				return 0;
			});
		}
		argb = out;
		Level.trim(level.hard, hardInUse);
		if (softStep) {
			Level.trim(level.soft, softInUse);
		}
	}

	/**
	 * A composer of the shown layers; when some are being cast in this sweep and at least two are not, those two or
	 * more are summed into the level's rest (again only if it holds another sum).
	 */
	private Composer composer(float[][] shown, boolean[] hot, Object[] identity, float[] bounce) {
		int n = shown.length;
		double[][] tints = new double[n][];
		List<Object> key = new ArrayList<>();
		int hotCount = 0;
		for (int i = 0; i < n; i++) {
			Prepared.Group group = p.groups.get(i);
			tints[i] = group.colour ? null : group.light().source.rgb;
			if (hot[i]) {
				hotCount++;
			} else {
				key.add(identity[i]);
				key.add(tints[i] == null ? null : List.of(tints[i][0], tints[i][1], tints[i][2]));
			}
		}
		double scale = 0.18 / Exposure.middleGreyLuminance(p.scene.shootingStop(), p.scene.iso(), p.scene.shutterSeconds());
		key.add(scale);
		int[] rest = null;
		boolean build = false;
		if (bounce == null && hotCount > 0 && n - hotCount >= 2) {
			if (level.rest == null) {
				level.rest = new int[level.width * level.height * 3];
			}
			rest = level.rest;
			build = !key.equals(level.restKey);
			if (build) {
				level.restKey = null;
				pendingRest = key;
			}
		}
		double[] tint = bounce == null ? null : BounceTint.of(level.g, shown, p, engine.workers());
		LedPicture led = p.scene.ledWall();
		double[] frame = led == null ? null : p.scene.geometry().quadFrame(led.quad());
		return new Composer(shown, tints, hot, rest, build, bounce, tint, led, frame, scale);
	}
}
