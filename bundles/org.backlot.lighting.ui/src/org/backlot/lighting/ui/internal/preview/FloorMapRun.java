// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.backlot.lighting.api.FloorMap;
import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Quality;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** The floor map of a scene, computed in a job (a new one cancels the old) and handed to the UI thread with its legend. */
final class FloorMapRun {
	/** Grid cell of the map, metres. */
	static final double CELL_M = 0.1;
	/** Width of the map picture, pixels. */
	static final int WIDTH = 900;

	/** A finished map: its pixels, legend, cell size in centimetres and brightest lux. */
	record Result(int width, int height, int[] argb, List<PreviewCanvas.Swatch> legend, long cellCm, double maxLux) {
	}

	private final Consumer<Result> ready;
	private Job job;

	/** A runner that hands results to {@code ready} on the UI thread. */
	FloorMapRun(Consumer<Result> ready) {
		this.ready = ready;
	}

	/** Computes the map of a scene, cancelling the one running. */
	void start(LightScene scene) {
		cancel();
		Display display = Display.getCurrent();
		Job j = Job.create(Messages.floorMapJob, (IProgressMonitor monitor) -> {
			FloorMap map = FloorMap.compute(new Illuminance(scene, Quality.HARD_SHADOWS), CELL_M);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			// a whole number of pixels per cell keeps the cells square
			int per = Math.max(1, WIDTH / map.cols());
			int w = per * map.cols();
			int h = per * map.rows();
			int[] argb = map.falseColour(w, h);
			List<PreviewCanvas.Swatch> legend = new ArrayList<>();
			for (double lux : FloorMap.legendLux()) {
				legend.add(new PreviewCanvas.Swatch(FloorMap.colourFor(lux) & 0xFFFFFF, Math.round(lux) + " lx")); //$NON-NLS-1$
			}
			Result r = new Result(w, h, argb, legend, Math.round(CELL_M * 100), map.max());
			display.asyncExec(() -> {
				if (!monitor.isCanceled()) {
					ready.accept(r);
				}
			});
			return Status.OK_STATUS;
		});
		j.setSystem(true);
		job = j;
		j.schedule();
	}

	/** Stops the map being computed. */
	void cancel() {
		if (job != null) {
			job.cancel();
			job = null;
		}
	}
}
