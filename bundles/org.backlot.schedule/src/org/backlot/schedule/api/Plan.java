// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.script.Scene;

/**
 * The shape of a board, detached from the model: shoot days in order, each the
 * scenes shot that day in order, and the scenes not yet scheduled. Immutable;
 * the scheduler and the editors build new plans, {@link Boards} writes one back.
 */
public final class Plan {
	private final List<List<Scene>> days;
	private final List<Scene> unscheduled;
	private final Map<Scene, Integer> dayOf = new IdentityHashMap<>();

	/** A plan of the given days (copied) and unscheduled scenes. */
	public Plan(List<? extends List<Scene>> days, List<Scene> unscheduled) {
		List<List<Scene>> copy = new ArrayList<>(days.size());
		for (int d = 0; d < days.size(); d++) {
			copy.add(List.copyOf(days.get(d)));
			for (Scene s : days.get(d)) {
				dayOf.put(s, d);
			}
		}
		this.days = Collections.unmodifiableList(copy);
		this.unscheduled = List.copyOf(unscheduled);
	}

	/** The shoot days, first to last; each the scenes in shooting order. */
	public List<List<Scene>> days() {
		return days;
	}

	/** Scenes on the board but in no day. */
	public List<Scene> unscheduled() {
		return unscheduled;
	}

	/** Number of shoot days. */
	public int dayCount() {
		return days.size();
	}

	/** The 0-based day a scene is shot on, or -1 when it is unscheduled or not on the board. */
	public int dayOf(Scene scene) {
		Integer d = dayOf.get(scene);
		return d == null ? -1 : d;
	}

	/** Every scheduled scene in shooting order. */
	public List<Scene> scheduled() {
		List<Scene> all = new ArrayList<>();
		days.forEach(all::addAll);
		return all;
	}

	/** This plan without empty days. */
	public Plan withoutEmptyDays() {
		List<List<Scene>> kept = new ArrayList<>();
		for (List<Scene> d : days) {
			if (!d.isEmpty()) {
				kept.add(d);
			}
		}
		return new Plan(kept, unscheduled);
	}
}
