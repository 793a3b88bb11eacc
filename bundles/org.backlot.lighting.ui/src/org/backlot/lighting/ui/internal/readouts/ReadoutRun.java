// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.readouts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.ActorReading;
import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Quality;
import org.backlot.lighting.api.Readouts;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** The meter readings of a scene, measured in a job (a new scene cancels the one being measured) and handed to the UI thread. */
final class ReadoutRun {
	/** How the readings are measured: direct light with soft shadows. */
	static final Quality QUALITY = Quality.SOFT_SHADOWS;
	private final Consumer<List<ActorReading>> ready;
	private Job job;
	private long started;
	private long finished;

	/** A runner that hands results to {@code ready} on the UI thread. */
	ReadoutRun(Consumer<List<ActorReading>> ready) {
		this.ready = ready;
	}

	/** Measures a scene, cancelling the measuring of the last one. */
	void start(LightScene scene) {
		cancel();
		long run = ++started;
		Display display = Display.getCurrent();
		Job j = Job.create(Messages.jobName, (IProgressMonitor monitor) -> {
			SubMonitor sub = SubMonitor.convert(monitor, Messages.jobName, scene.actors().size());
			Illuminance light = new Illuminance(scene, QUALITY);
			List<ActorReading> out = new ArrayList<>();
			for (Actor a : scene.actors()) {
				if (sub.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				out.add(Readouts.of(light, a));
				sub.worked(1);
			}
			display.asyncExec(() -> {
				if (run == started && !sub.isCanceled()) {
					finished = run;
					ready.accept(out);
				}
			});
			return Status.OK_STATUS;
		});
		j.setSystem(true);
		j.setPriority(Job.SHORT);
		job = j;
		j.schedule();
	}

	/** Whether the latest scene's readings are shown. */
	boolean done() {
		return finished == started;
	}

	/** Stops measuring. */
	void cancel() {
		if (job != null) {
			job.cancel();
			job = null;
		}
	}
}
