// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.backlot.lighting.api.FloorMap;
import org.backlot.lighting.api.Frame;
import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.PreviewRenderer;
import org.backlot.lighting.api.Quality;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingSetup;

/** Times the preview renderer and the floor map on the {@link BenchScene}. */
public final class LightBench {
	/** Moves of the dragged lamp per run. */
	public static final int MOVES = 30;
	/** Floor map cell size in metres. */
	public static final double CELL_M = 0.25;

	/**
	 * One run's figures (milliseconds unless named otherwise).
	 *
	 * @param run           1-based run number
	 * @param firstFrameMs  a new renderer's first progressive frame (hard shadows at half size, enlarged)
	 * @param coldMs        a new renderer's full-size hard-shadow frame (camera rays and every lamp cast)
	 * @param softMs        the soft-shadow passes of every soft lamp that follow
	 * @param bounceMs      the bounce pass after them
	 * @param dragMs        median first frame of a render after the lamp moved (what a drag shows)
	 * @param dragFps       frames a second while dragging
	 * @param dragSoftMs    the soft-shadow passes after the last move (the moved lamp only)
	 * @param floorMapMs    the floor map at soft-shadow quality
	 * @param sceneBuildMs  compiling the set-up into a scene, done after every edit before rendering (median)
	 * @param rays          camera and shadow rays cast in the timed renders
	 * @param raysPerSecond those rays over the time of those renders
	 */
	public record Row(int run, double firstFrameMs, double coldMs, double softMs, double bounceMs, double dragMs, double dragFps, double dragSoftMs,
			double floorMapMs, double sceneBuildMs, long rays, double raysPerSecond) {
	}

	private LightBench() {
	}

	/** Runs the benchmark {@code runs} times at width × height on {@code threads} threads. */
	public static List<Row> run(int width, int height, int runs, int threads) {
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r <= runs; r++) {
			rows.add(once(r, width, height, threads));
		}
		return rows;
	}

	private static Row once(int run, int width, int height, int threads) {
		LightingSetup setup = BenchScene.create();
		LightScene scene = LightScene.of(setup, null);
		double first;
		try (PreviewRenderer fresh = new PreviewRenderer(threads)) {
			first = passes(fresh, scene, width, height, true).get(0).nanos() / 1e6;
		}
		try (PreviewRenderer renderer = new PreviewRenderer(threads)) {
			long t0 = System.nanoTime();
			Frame cold = renderer.renderOnce(scene, width, height, Quality.HARD_SHADOWS);
			long nanos = System.nanoTime() - t0;
			long rays = cold.rays();
			List<Frame> refined = passes(renderer, scene, width, height, false);
			double[] soft = refinement(refined);
			rays += soft[2];
			nanos += (long) soft[3];
			Fixture lamp = BenchScene.dragged(setup);
			double x0 = lamp.getX();
			double[] drag = new double[MOVES];
			double[] build = new double[MOVES];
			for (int m = 0; m < MOVES; m++) {
				lamp.setX(x0 + 0.02 * (m + 1));
				long b0 = System.nanoTime();
				scene = LightScene.of(setup, null);
				build[m] = (System.nanoTime() - b0) / 1e6;
				t0 = System.nanoTime();
				Frame f = passes(renderer, scene, width, height, true).get(0);
				long dt = System.nanoTime() - t0;
				drag[m] = dt / 1e6;
				rays += f.rays();
				nanos += dt;
			}
			double[] after = refinement(passes(renderer, scene, width, height, false));
			rays += after[2];
			nanos += (long) after[3];
			t0 = System.nanoTime();
			FloorMap.compute(new Illuminance(scene, Quality.SOFT_SHADOWS), CELL_M);
			long floor = System.nanoTime() - t0;
			double dragMs = median(drag);
			return new Row(run, round(first), round(cold.nanos() / 1e6), round(soft[0]), round(soft[1]), round(dragMs), round(1000 / dragMs),
					round(after[0]), round(floor / 1e6), round(median(build)), rays, Math.round(rays / (nanos / 1e9)));
		}
	}

	/** The frames of one progressive render, only the first when {@code firstOnly}. */
	private static List<Frame> passes(PreviewRenderer r, LightScene scene, int width, int height, boolean firstOnly) {
		List<Frame> frames = new ArrayList<>();
		r.render(scene, width, height, () -> firstOnly && !frames.isEmpty(), frames::add);
		return frames;
	}

	/** Of a render's frames: milliseconds of the soft passes, of the bounce pass, and the rays and nanoseconds of all. */
	private static double[] refinement(List<Frame> frames) {
		double[] out = new double[4];
		for (Frame f : frames) {
			if (f.quality() == Quality.SOFT_SHADOWS) {
				out[0] += f.nanos() / 1e6;
			} else if (f.quality() == Quality.BOUNCE) {
				out[1] += f.nanos() / 1e6;
			}
			out[2] += f.rays();
			out[3] += f.nanos();
		}
		return out;
	}

	/** The median of each figure over the runs (run number 0). */
	public static Row median(List<Row> rows) {
		return new Row(0, med(rows, Row::firstFrameMs), med(rows, Row::coldMs), med(rows, Row::softMs), med(rows, Row::bounceMs), med(rows, Row::dragMs),
				med(rows, Row::dragFps), med(rows, Row::dragSoftMs), med(rows, Row::floorMapMs), med(rows, Row::sceneBuildMs),
				Math.round(med(rows, r -> r.rays())), med(rows, Row::raysPerSecond));
	}

	private static double med(List<Row> rows, java.util.function.ToDoubleFunction<Row> f) {
		return round(median(rows.stream().mapToDouble(f).toArray()));
	}

	private static double median(double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}
}
