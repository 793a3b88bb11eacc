// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.CostWeights;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Stage;
import org.backlot.schedule.api.Costs;
import org.backlot.schedule.api.DayKind;
import org.backlot.schedule.api.SceneNeeds;
import org.backlot.schedule.api.ShootCalendar;

/**
 * A scheduling problem compiled into int arrays for fast evaluation: each
 * scene's length, place, stage, night flag, cast, pin and forbidden dates;
 * each actor's rate and drop rule; the calendar's workdays and call times.
 */
public final class Problem {
	final Production production;
	final Schedule board;
	final SceneNeeds needs;
	final Restrictions restrictions;
	final Scene[] scenes;
	final Map<Scene, Integer> index = new IdentityHashMap<>();
	final int n;
	final int[] eighths, minutes, place, stage, pinned;
	final boolean[] night, ext, cover;
	final int[][] cast;
	final int places, stages, actors;
	final double[] rate;
	final int[] minGap;
	final boolean[] noHold;
	final int maxEighths, maxMinutes;
	/** Minutes a company move within a day takes. */
	final int moveMinutes;
	final double wMove, wChange, wShoot, wStage, wNight;
	/** Workdays as offsets from the start date, in order. */
	final int[] workdays;
	final LocalDate start;
	final int dayCall, nightCall, splitCall, dayLength, turnaround, maxSlip;
	/** Per scene the forbidden date offsets as bits, or null when none. */
	final long[][] forbidden;
	final int horizon;

	/** Compiles the problem of scheduling these scenes on the board; pinned maps scenes to their required 0-based day. */
	public Problem(Production p, Schedule board, List<Scene> sceneList, Map<Scene, Integer> pinnedDays) {
		this.production = p;
		this.board = board;
		this.needs = SceneNeeds.of(p, board);
		this.restrictions = new Restrictions(p, needs);
		n = sceneList.size();
		scenes = sceneList.toArray(new Scene[0]);
		eighths = new int[n];
		minutes = new int[n];
		place = new int[n];
		stage = new int[n];
		pinned = new int[n];
		night = new boolean[n];
		ext = new boolean[n];
		cover = new boolean[n];
		cast = new int[n][];
		Map<String, Integer> placeIds = new HashMap<>();
		Map<Stage, Integer> stageIds = new IdentityHashMap<>();
		Map<CastMember, Integer> actorIds = new IdentityHashMap<>();
		for (int i = 0; i < n; i++) {
			Scene s = scenes[i];
			index.put(s, i);
			eighths[i] = s.getEighths();
			minutes[i] = needs.minutes(s);
			place[i] = placeIds.computeIfAbsent(SceneNeeds.placeKey(s), k -> placeIds.size());
			stage[i] = s.getStage() == null ? -1 : stageIds.computeIfAbsent(s.getStage(), k -> stageIds.size());
			night[i] = DayKind.isNight(s);
			Strip strip = org.backlot.schedule.api.Boards.strip(board, s);
			cover[i] = strip != null && strip.isWeatherCover();
			ext[i] = !cover[i] && s.getIntExt() == IntExt.EXT;
			pinned[i] = pinnedDays.getOrDefault(s, -1);
			List<CastMember> cm = needs.cast(s);
			cast[i] = new int[cm.size()];
			for (int k = 0; k < cm.size(); k++) {
				cast[i][k] = actorIds.computeIfAbsent(cm.get(k), x -> actorIds.size());
			}
		}
		places = placeIds.size();
		stages = stageIds.size();
		actors = actorIds.size();
		CostWeights w = Costs.weights(board);
		rate = new double[actors];
		minGap = new int[actors];
		noHold = new boolean[actors];
		for (Map.Entry<CastMember, Integer> e : actorIds.entrySet()) {
			CastMember c = e.getKey();
			rate[e.getValue()] = c.getDailyRate() > 0 ? c.getDailyRate() : w.getCastDay();
			minGap[e.getValue()] = Costs.minDropGap(c);
			noHold[e.getValue()] = c.getDoodRule() != null && !c.getDoodRule().isHoldAllowed();
		}
		wMove = w.getCompanyMove();
		wChange = w.getLocationChange();
		wShoot = w.getShootDay();
		wStage = w.getStageDay();
		wNight = w.getNightToDay();
		maxEighths = board.getMaxEighthsPerDay() > 0 ? board.getMaxEighthsPerDay() : 48;
		maxMinutes = board.getMaxMinutesPerDay() > 0 ? board.getMaxMinutesPerDay() : 720;
		moveMinutes = needs.moveMinutes();
		ShootCalendar calendar = ShootCalendar.of(p, board);
		start = calendar.start();
		dayCall = calendar.call(DayKind.DAY).toSecondOfDay() / 60;
		nightCall = calendar.call(DayKind.NIGHT).toSecondOfDay() / 60;
		splitCall = calendar.call(DayKind.SPLIT).toSecondOfDay() / 60;
		dayLength = (int) calendar.dayLength().toMinutes();
		turnaround = (int) calendar.turnaround().toMinutes();
		maxSlip = (int) ShootCalendar.MAX_CALL_SLIP.toMinutes();
		int count = 2 * n + 400;
		workdays = new int[count];
		LocalDate d = calendar.nextWorkday(start);
		for (int k = 0; k < count; k++) {
			workdays[k] = (int) (d.toEpochDay() - start.toEpochDay());
			d = calendar.nextWorkday(d.plusDays(1));
		}
		horizon = workdays[count - 1] + 1;
		forbidden = new long[n][];
		for (int i = 0; i < n; i++) {
			if (!restrictions.concerns(scenes[i])) {
				continue;
			}
			long[] bits = new long[(horizon + 63) / 64];
			boolean any = false;
			for (int wd : workdays) {
				if (restrictions.isBlocked(scenes[i], start.plusDays(wd))) {
					bits[wd >> 6] |= 1L << (wd & 63);
					any = true;
				}
			}
			forbidden[i] = any ? bits : null;
		}
	}

	/** Whether scene i may not be shot on the date at this offset from the start. */
	boolean isForbidden(int i, int offset) {
		long[] bits = forbidden[i];
		return bits != null && offset < horizon && (bits[offset >> 6] & 1L << (offset & 63)) != 0;
	}

	/** The scenes, by index. */
	public Scene[] scenes() {
		return scenes.clone();
	}

	/** The index of a scene, or -1. */
	int indexOf(Scene s) {
		Integer i = index.get(s);
		return i == null ? -1 : i;
	}

	/** The first date offset. */
	LocalDate date(int offset) {
		return start.plusDays(offset);
	}
}
