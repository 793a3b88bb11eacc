// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.backlot.lighting.api.Frame;
import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Quality;
import org.backlot.lighting.internal.Geometry;

/**
 * The preview renderer's engine: progressive passes (a quick hard-shadow frame, at half size when much must be
 * cast, then full size, then soft-shadow passes, then one bounce) over caches keyed on content, so that after an
 * edit only what changed is cast again. One render at a time.
 */
public final class RenderEngine implements AutoCloseable {
	private final Workers workers;
	private final Map<Long, Level> levels = new LinkedHashMap<>(4, 0.75f, true);
	private Geometry lastGeometry;
	private long geometryKey;
	private Tracer tracer;
	private Scratch[] scratch;

	/** An engine with its own pool of {@code threads} threads. */
	public RenderEngine(int threads) {
		workers = new Workers(threads);
	}

	/** The number of render threads. */
	public int threads() {
		return workers.threads();
	}

	/**
	 * Renders progressively into {@code sink}; see {@link org.backlot.lighting.api.PreviewRenderer#render}. The
	 * hard-shadow passes show the soft shadows of lamps already refined in an earlier render (so that while one lamp
	 * is dragged the others keep theirs); the last pass is the same whatever came before.
	 */
	public synchronized void render(LightScene scene, int width, int height, BooleanSupplier cancelled, Consumer<Frame> sink) {
		check(width, height);
		long t0 = System.nanoTime();
		if (scene.camera() == null) {
			sink.accept(black(width, height, Quality.HARD_SHADOWS, t0));
			return;
		}
		Prepared p = prepare(scene);
		Level full = level(width, height);
		int pass = 0;
		if (width >= 64 && height >= 64 && costly(p, full)) {
			Level half = level(width / 2, height / 2);
			Sweep s = new Sweep(this, p, half);
			s.run(true, false, false, null);
			int[] up = Upscale.bilinear(s.argb, half.width, half.height, width, height);
			sink.accept(new Frame(width, height, up, Quality.HARD_SHADOWS, pass++, false, System.nanoTime() - t0, s.rays));
			if (cancelled.getAsBoolean()) {
				return;
			}
			t0 = System.nanoTime();
		}
		Sweep s = new Sweep(this, p, full);
		s.run(true, false, true, null);
		boolean dark = p.lights.isEmpty();
		sink.accept(new Frame(width, height, s.argb, Quality.HARD_SHADOWS, pass++, dark, System.nanoTime() - t0, s.rays));
		if (dark) {
			return;
		}
		for (int left = softPassesLeft(p, full); left > 0; left--) {
			if (cancelled.getAsBoolean()) {
				return;
			}
			t0 = System.nanoTime();
			s = new Sweep(this, p, full);
			s.run(true, true, true, null);
			sink.accept(new Frame(width, height, s.argb, Quality.SOFT_SHADOWS, pass++, false, System.nanoTime() - t0, s.rays));
		}
		if (cancelled.getAsBoolean()) {
			return;
		}
		t0 = System.nanoTime();
		s = bounce(p, full);
		sink.accept(new Frame(width, height, s.argb, Quality.BOUNCE, pass, true, System.nanoTime() - t0, s.rays));
	}

	/** Renders one finished frame at a quality; see {@link org.backlot.lighting.api.PreviewRenderer#renderOnce}. */
	public synchronized Frame renderOnce(LightScene scene, int width, int height, Quality quality) {
		check(width, height);
		long t0 = System.nanoTime();
		if (scene.camera() == null) {
			return black(width, height, quality, t0);
		}
		Prepared p = prepare(scene);
		Level full = level(width, height);
		Sweep s = new Sweep(this, p, full);
		switch (quality) {
		case NO_SHADOWS -> s.run(false, false, false, null);
		case HARD_SHADOWS -> s.run(true, false, false, null);
		default -> {
			long rays = 0;
			do {
				s = new Sweep(this, p, full);
				s.run(true, true, true, null);
				rays += s.rays;
			} while (softPassesLeft(p, full) > 0);
			if (quality == Quality.BOUNCE) {
				s = bounce(p, full);
				rays += s.rays;
			}
			s.rays = rays;
		}
		}
		return new Frame(width, height, s.argb, quality, 0, true, System.nanoTime() - t0, s.rays);
	}

	private Sweep bounce(Prepared p, Level level) {
		Object key = p.bounceKey();
		Sweep s = new Sweep(this, p, level);
		s.ensureGBuffer();
		if (!key.equals(level.bounceKey)) {
			level.bounce = BounceField.compute(level.g, new Illuminance(p.scene, Quality.BOUNCE), workers);
			level.bounceKey = key;
		}
		s.run(true, false, true, level.bounce);
		return s;
	}

	/** Whether the full-size frame needs the camera rays or three or more lamps cast afresh. */
	private boolean costly(Prepared p, Level full) {
		if (!new Level.GKey(p.geometry, p.scene.camera(), full.width, full.height).equals(full.gKey)) {
			return true;
		}
		int lamps = 0;
		for (Prepared.Group g : p.groups) {
			if (!full.hard.containsKey(new Level.LayerKey(g.key, true))) {
				lamps += g.lights.size();
			}
		}
		return lamps >= 3;
	}

	private static int softPassesLeft(Prepared p, Level level) {
		int left = 0;
		for (Light l : p.lights) {
			if (l.soft()) {
				Level.SoftState st = level.soft.get(l.key);
				left = Math.max(left, Shader.SOFT_PASSES - (st == null ? 0 : st.passes));
			}
		}
		return left;
	}

	private Prepared prepare(LightScene scene) {
		Geometry g = scene.geometry();
		if (g != lastGeometry) {
			Geometry.Flat flat = g.flat();
			long key = signature(flat);
			if (tracer == null || key != geometryKey) {
				tracer = g.tracer();
				scratch = new Scratch[workers.threads()];
				for (int i = 0; i < scratch.length; i++) {
					scratch[i] = new Scratch(tracer);
				}
				geometryKey = key;
			}
			lastGeometry = g;
		}
		return new Prepared(scene, tracer, geometryKey);
	}

	/** A content signature of the set's primitives. */
	static long signature(Geometry.Flat f) {
		long h = 17;
		for (double[] a : new double[][] { f.quads(), f.quadAlbedo(), f.boxes(), f.boxAlbedo(), f.tris(), f.triAlbedo(), f.spheres(), f.cylinders(),
				f.figureAlbedo() }) {
			h = Hashing.add(h, a);
		}
		return Hashing.add(h, f.quadKind());
	}

	private Level level(int width, int height) {
		long key = (long) width << 32 | height;
		Level l = levels.computeIfAbsent(key, k -> new Level(width, height));
		if (levels.size() > 2) {
			levels.remove(levels.keySet().iterator().next());
		}
		return l;
	}

	private static void check(int width, int height) {
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException(width + "x" + height); //$NON-NLS-1$
		}
	}

	private static Frame black(int width, int height, Quality q, long t0) {
		int[] argb = new int[width * height];
		Arrays.fill(argb, 0xFF000000);
		return new Frame(width, height, argb, q, 0, true, System.nanoTime() - t0, 0);
	}

	Workers workers() {
		return workers;
	}

	Scratch[] scratch() {
		return scratch;
	}

	@Override
	public void close() {
		workers.close();
	}
}
