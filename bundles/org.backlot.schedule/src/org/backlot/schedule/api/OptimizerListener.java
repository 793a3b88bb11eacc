// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

/** Told of an optimiser run's progress, from the optimiser's thread. */
public interface OptimizerListener {
	/**
	 * Called every few hundred milliseconds and when a better feasible plan is found.
	 *
	 * @param fraction   elapsed fraction of the time budget, 0..1
	 * @param iterations moves tried so far
	 * @param best       the best feasible plan so far and its cost (null until one is found)
	 */
	void progress(double fraction, long iterations, OptimizerResult best);
}
