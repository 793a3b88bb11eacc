// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Plan;

/**
 * A board as a sequence of tokens, the way its items lie: scenes, and a day
 * break ({@code null}) closing each day; what follows the last break is
 * unscheduled. Moves, breaks and day moves are edits of that sequence, turned
 * back into a new {@link Plan}. Pure: touches no model.
 */
final class PlanEdits {
	private final List<Scene> tokens;

	/** The tokens of a plan. */
	PlanEdits(Plan plan) {
		tokens = new ArrayList<>();
		for (List<Scene> day : plan.days()) {
			tokens.addAll(day);
			tokens.add(null);
		}
		tokens.addAll(plan.unscheduled());
	}

	/** The current tokens (scenes, null for a day break); read-only. */
	List<Scene> tokens() {
		return Collections.unmodifiableList(tokens);
	}

	/** The plan of the current tokens. */
	Plan plan() {
		List<List<Scene>> days = new ArrayList<>();
		List<Scene> current = new ArrayList<>();
		for (Scene s : tokens) {
			if (s == null) {
				days.add(current);
				current = new ArrayList<>();
			} else {
				current.add(s);
			}
		}
		return new Plan(days, current);
	}

	/** Moves the scenes (kept in board order) so that they stand before the token now at {@code at} (tokens().size(): the end). */
	void move(Collection<Scene> scenes, int at) {
		Set<Scene> moving = identitySet(scenes);
		List<Scene> block = new ArrayList<>();
		int target = at;
		for (int i = 0; i < tokens.size(); i++) {
			Scene s = tokens.get(i);
			if (s != null && moving.contains(s)) {
				block.add(s);
				if (i < at) {
					target--;
				}
			}
		}
		tokens.removeIf(s -> s != null && moving.contains(s));
		tokens.addAll(Math.max(0, Math.min(target, tokens.size())), block);
	}

	/** Moves the scenes to the end of a 0-based day (-1 or beyond the last day: to the unscheduled). */
	void moveToDay(Collection<Scene> scenes, int day) {
		Set<Scene> moving = identitySet(scenes);
		tokens.removeIf(s -> s != null && moving.contains(s));
		List<Scene> block = new ArrayList<>();
		for (Scene s : scenes) {
			block.add(s);
		}
		int at = day < 0 ? tokens.size() : breakIndex(day);
		tokens.addAll(at < 0 ? tokens.size() : at, block);
	}

	/** Sends the scenes to the end of the unscheduled strips. */
	void unschedule(Collection<Scene> scenes) {
		moveToDay(scenes, -1);
	}

	/** Inserts a day break after the scene; returns false when there is one already. */
	boolean insertBreakAfter(Scene scene) {
		int i = indexOf(scene);
		if (i < 0 || i + 1 < tokens.size() && tokens.get(i + 1) == null) {
			return false;
		}
		tokens.add(i + 1, null);
		return true;
	}

	/** Removes the break closing a 0-based day: its scenes join the next day (or the unscheduled). */
	boolean removeBreak(int day) {
		int i = breakIndex(day);
		if (i < 0) {
			return false;
		}
		tokens.remove(i);
		return true;
	}

	/** Moves a whole 0-based day so that it becomes day {@code to} (0-based, counted after the move). */
	boolean moveDay(int day, int to) {
		int end = breakIndex(day);
		if (end < 0 || day == to) {
			return false;
		}
		int start = day == 0 ? 0 : breakIndex(day - 1) + 1;
		List<Scene> block = new ArrayList<>(tokens.subList(start, end + 1));
		tokens.subList(start, end + 1).clear();
		int days = dayCount();
		int at = to <= 0 ? 0 : to >= days ? breakIndex(days - 1) + 1 : breakIndex(to - 1) + 1;
		tokens.addAll(at, block);
		return true;
	}

	/** The 0-based day a token position falls in (-1: unscheduled). */
	int dayAt(int index) {
		int day = 0;
		for (int i = 0; i < index && i < tokens.size(); i++) {
			if (tokens.get(i) == null) {
				day++;
			}
		}
		return day >= dayCount() ? -1 : day;
	}

	/** Number of day breaks. */
	int dayCount() {
		int n = 0;
		for (Scene s : tokens) {
			if (s == null) {
				n++;
			}
		}
		return n;
	}

	private int breakIndex(int day) {
		int n = 0;
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i) == null && n++ == day) {
				return i;
			}
		}
		return -1;
	}

	private int indexOf(Scene scene) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i) == scene && scene != null) {
				return i;
			}
		}
		return -1;
	}

	private static Set<Scene> identitySet(Collection<Scene> scenes) {
		Set<Scene> set = Collections.newSetFromMap(new IdentityHashMap<>());
		set.addAll(scenes);
		return set;
	}
}
