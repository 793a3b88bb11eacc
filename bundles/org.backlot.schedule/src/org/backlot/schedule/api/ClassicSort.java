// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;

/**
 * The multi-key sort that scheduling tools offer: by place, then interior
 * before exterior, then day before night, then cast numbers, then script
 * order; packed greedily into days up to the page and minute limits. No other
 * constraint is considered.
 */
public final class ClassicSort {
	private ClassicSort() {
	}

	/** The scenes a plan of the board covers: the board's strips (omitted scenes left out), then schedulable scenes it lacks. */
	public static List<Scene> scenes(Production p, Schedule board) {
		Plan current = Boards.read(board);
		Set<Scene> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Scene> out = new ArrayList<>();
		for (Scene s : current.scheduled()) {
			if (!s.isOmitted() && seen.add(s)) {
				out.add(s);
			}
		}
		for (Scene s : current.unscheduled()) {
			if (!s.isOmitted() && seen.add(s)) {
				out.add(s);
			}
		}
		for (Scene s : Boards.schedulable(p)) {
			if (seen.add(s)) {
				out.add(s);
			}
		}
		return out;
	}

	/** The classic plan of every scene of the board. */
	public static Plan plan(Production p, Schedule board) {
		SceneNeeds needs = SceneNeeds.of(p, board);
		List<Scene> scenes = new ArrayList<>(scenes(p, board));
		List<Scene> script = p.getScript() == null ? List.of() : p.getScript().getScenes();
		scenes.sort(Comparator.comparing(SceneNeeds::placeKey).thenComparingInt(ClassicSort::intExtOrder)
				.thenComparingInt(s -> DayKind.isNight(s) ? 1 : 0).thenComparing(s -> castKey(needs, s), ClassicSort::compareKeys)
				.thenComparingInt(script::indexOf));
		int maxEighths = board.getMaxEighthsPerDay() > 0 ? board.getMaxEighthsPerDay() : 48;
		int maxMinutes = board.getMaxMinutesPerDay() > 0 ? board.getMaxMinutesPerDay() : 720;
		List<List<Scene>> days = new ArrayList<>();
		List<Scene> day = new ArrayList<>();
		int eighths = 0;
		int minutes = 0;
		for (Scene s : scenes) {
			int m = needs.minutes(s);
			if (!day.isEmpty() && (eighths + s.getEighths() > maxEighths || minutes + m > maxMinutes)) {
				days.add(day);
				day = new ArrayList<>();
				eighths = 0;
				minutes = 0;
			}
			day.add(s);
			eighths += s.getEighths();
			minutes += m;
		}
		if (!day.isEmpty()) {
			days.add(day);
		}
		return new Plan(days, List.of());
	}

	private static int intExtOrder(Scene s) {
		IntExt ie = s.getIntExt();
		return ie == IntExt.INT ? 0 : ie == IntExt.INT_EXT ? 1 : 2;
	}

	private static int[] castKey(SceneNeeds needs, Scene s) {
		List<CastMember> cast = needs.cast(s);
		int[] key = new int[cast.size()];
		for (int i = 0; i < key.length; i++) {
			key[i] = cast.get(i).getCastNumber() > 0 ? cast.get(i).getCastNumber() : Integer.MAX_VALUE;
		}
		return key;
	}

	private static int compareKeys(int[] a, int[] b) {
		return java.util.Arrays.compare(a, b);
	}
}
