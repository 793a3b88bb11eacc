// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The renderer's own thread pool: runs numbered tasks on every thread, each thread pulling the next task. */
final class Workers implements AutoCloseable {
	/** One task; returns the rays it cast. */
	@FunctionalInterface
	interface Task {
		long run(int task, int worker);
	}

	private final ExecutorService pool;
	private final int threads;

	Workers(int threads) {
		this.threads = Math.max(1, threads);
		AtomicInteger count = new AtomicInteger();
		pool = Executors.newFixedThreadPool(this.threads, r -> {
			Thread t = new Thread(r, "backlot-preview-" + count.incrementAndGet()); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
	}

	/** The number of threads. */
	int threads() {
		return threads;
	}

	/** Runs tasks 0..count-1 on all threads and returns the sum of their rays. */
	long forEach(int count, Task task) {
		AtomicInteger next = new AtomicInteger();
		List<Callable<Long>> jobs = new ArrayList<>();
		for (int w = 0; w < threads; w++) {
			int worker = w;
			jobs.add(() -> {
				long rays = 0;
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					rays += task.run(i, worker);
				}
				return rays;
			});
		}
		long rays = 0;
		try {
			for (Future<Long> f : pool.invokeAll(jobs)) {
				rays += f.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException re) {
				throw re;
			}
			if (e.getCause() instanceof Error er) {
				throw er;
			}
			throw new IllegalStateException(e.getCause());
		}
		return rays;
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}
}
