// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.preview;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.backlot.lighting.api.Frame;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.PreviewRenderer;

/**
 * The preview's renders, one at a time: starting one cancels the one running;
 * frames of a cancelled render are dropped. Renders are started from a thread
 * of their own, so the UI thread never waits for the renderer.
 */
final class RenderSession implements AutoCloseable {
	private final PreviewRenderer renderer = new PreviewRenderer(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
	private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Backlot preview"); //$NON-NLS-1$
		t.setDaemon(true);
		return t;
	});
	private final AtomicLong current = new AtomicLong();
	private volatile boolean closed;

	/** Where a render's frames go, with the number of the render they come from. */
	interface Sink {
		/** A frame of render {@code run} (called on a render thread). */
		void frame(long run, Frame frame);
	}

	/** Renders a scene at w x h; {@code sink} gets its frames until the next start, cancel or close. */
	void start(LightScene scene, int w, int h, Sink sink, Consumer<Throwable> failed) {
		long run = current.incrementAndGet();
		if (closed) {
			return;
		}
		starter.execute(() -> {
			if (run != current.get() || closed) {
				return;
			}
			try {
				renderer.render(scene, w, h, () -> closed || run != current.get(), frame -> {
					if (!closed && run == current.get()) {
						sink.frame(run, frame);
					}
				});
			} catch (RuntimeException | LinkageError e) {
				if (run == current.get()) {
					failed.accept(e);
				}
			}
		});
	}

	/** The number of the latest render: frames of any other are not wanted. */
	long run() {
		return current.get();
	}

	/** Stops the running render. */
	void cancel() {
		current.incrementAndGet();
	}

	@Override
	public void close() {
		closed = true;
		cancel();
		starter.shutdownNow();
		renderer.close();
	}
}
