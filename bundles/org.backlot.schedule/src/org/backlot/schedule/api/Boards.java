// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.core.api.Ids;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleEvent;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ScheduleItem;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.Scene;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reads a board into a {@link Plan} and writes a plan back: strips kept with
 * their flags, day breaks kept with their notes where their scenes went, days
 * numbered and dated by the {@link ShootCalendar}. The writing methods change
 * the model: call them inside a command.
 */
public final class Boards {
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	private Boards() {
	}

	/** The board's plan: strips before each day break form that day; strips after the last break are unscheduled. */
	public static Plan read(Schedule board) {
		List<List<Scene>> days = new ArrayList<>();
		List<Scene> current = new ArrayList<>();
		for (ScheduleItem item : board.getItems()) {
			if (item instanceof Strip s) {
				if (s.getScene() != null) {
					current.add(s.getScene());
				}
			} else if (item instanceof ShootDay) {
				days.add(current);
				current = new ArrayList<>();
			}
		}
		return new Plan(days, current);
	}

	/** The board's strip of a scene, or null. */
	public static Strip strip(Schedule board, Scene scene) {
		for (ScheduleItem item : board.getItems()) {
			if (item instanceof Strip s && s.getScene() == scene) {
				return s;
			}
		}
		return null;
	}

	/** The board's day breaks in order. */
	public static List<ShootDay> days(Schedule board) {
		List<ShootDay> out = new ArrayList<>();
		for (ScheduleItem item : board.getItems()) {
			if (item instanceof ShootDay d) {
				out.add(d);
			}
		}
		return out;
	}

	/** The production's active board, or its first, or null. */
	public static Schedule active(Production p) {
		if (p.getActiveSchedule() != null) {
			return p.getActiveSchedule();
		}
		return p.getSchedules().isEmpty() ? null : p.getSchedules().get(0);
	}

	/** Scenes that belong on a board: every scene of the script not omitted. */
	public static List<Scene> schedulable(Production p) {
		List<Scene> out = new ArrayList<>();
		if (p.getScript() != null) {
			for (Scene s : p.getScript().getScenes()) {
				if (!s.isOmitted()) {
					out.add(s);
				}
			}
		}
		return out;
	}

	/**
	 * Brings the board in line with the script: a strip for each new scene
	 * (unscheduled, at the end), none for a scene omitted or gone. Returns
	 * whether anything changed.
	 */
	public static boolean sync(Production p, Schedule board) {
		Set<Scene> wanted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		wanted.addAll(schedulable(p));
		boolean changed = board.getItems().removeIf(i -> i instanceof Strip s && (s.getScene() == null || !wanted.contains(s.getScene())));
		Set<Scene> present = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (ScheduleItem item : board.getItems()) {
			if (item instanceof Strip s) {
				present.add(s.getScene());
			}
		}
		for (Scene s : schedulable(p)) {
			if (!present.contains(s)) {
				board.getItems().add(strip(s));
				changed = true;
			}
		}
		return changed;
	}

	/** A new board with every scene unscheduled, in script order (not yet added to the production). */
	public static Schedule create(Production p, String name) {
		Schedule board = ScheduleFactory.eINSTANCE.createSchedule();
		board.setId(Ids.newId());
		board.setName(name);
		board.setWeights(ScheduleFactory.eINSTANCE.createCostWeights());
		for (Scene s : schedulable(p)) {
			board.getItems().add(strip(s));
		}
		return board;
	}

	/** A copy of a board under a new name and new ids (not yet added to the production). */
	public static Schedule copy(Schedule board, String name) {
		Schedule copy = EcoreUtil.copy(board);
		copy.setId(Ids.newId());
		copy.setName(name);
		for (ScheduleItem item : copy.getItems()) {
			if (item instanceof ShootDay d) {
				d.setId(Ids.newId());
			}
		}
		if (copy.getWeights() == null) {
			copy.setWeights(ScheduleFactory.eINSTANCE.createCostWeights());
		}
		return copy;
	}

	private static Strip strip(Scene s) {
		Strip strip = ScheduleFactory.eINSTANCE.createStrip();
		strip.setScene(s);
		return strip;
	}

	/**
	 * Writes a plan into the board: strips in the plan's order with a day
	 * break after each day, unscheduled strips last; days numbered, dated and
	 * timed by the board's calendar.
	 */
	public static void apply(Production p, Schedule board, Plan plan) {
		Map<Scene, Strip> strips = new IdentityHashMap<>();
		List<ShootDay> oldDays = new ArrayList<>();
		List<Set<Scene>> oldScenes = new ArrayList<>();
		Set<Scene> current = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (ScheduleItem item : board.getItems()) {
			if (item instanceof Strip s) {
				strips.put(s.getScene(), s);
				current.add(s.getScene());
			} else if (item instanceof ShootDay d) {
				oldDays.add(d);
				oldScenes.add(current);
				current = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
			}
		}
		ShootCalendar calendar = ShootCalendar.of(p, board);
		List<DayKind> kinds = new ArrayList<>();
		plan.days().forEach(d -> kinds.add(DayKind.of(d)));
		ShootCalendar.Dated dated = calendar.date(kinds);
		boolean[] used = new boolean[oldDays.size()];
		List<ScheduleItem> items = new ArrayList<>();
		for (int d = 0; d < plan.dayCount(); d++) {
			List<Scene> scenes = plan.days().get(d);
			for (Scene s : scenes) {
				items.add(strips.computeIfAbsent(s, Boards::strip));
			}
			ShootDay day = reuse(oldDays, oldScenes, used, scenes);
			day.setDayNumber(d + 1);
			day.setDate(ShootCalendar.toDate(dated.dates().get(d)));
			day.setCrewCall(HH_MM.format(dated.calls().get(d)));
			day.setShootingCall(HH_MM.format(dated.calls().get(d).plusHours(1)));
			day.setWrap(HH_MM.format(dated.wraps().get(d)));
			Scene first = scenes.isEmpty() ? null : scenes.get(0);
			day.setLocation(first == null ? null : first.getLocation());
			day.setStage(first == null ? null : first.getStage());
			items.add(day);
		}
		for (Scene s : plan.unscheduled()) {
			items.add(strips.computeIfAbsent(s, Boards::strip));
		}
		ECollections.setEList(board.getItems(), items);
	}

	private static ShootDay reuse(List<ShootDay> oldDays, List<Set<Scene>> oldScenes, boolean[] used, List<Scene> scenes) {
		int best = -1;
		int bestOverlap = 0;
		for (int i = 0; i < oldDays.size(); i++) {
			if (used[i]) {
				continue;
			}
			int overlap = 0;
			for (Scene s : scenes) {
				if (oldScenes.get(i).contains(s)) {
					overlap++;
				}
			}
			if (overlap > bestOverlap || best < 0 && overlap == bestOverlap && scenes.isEmpty() && oldScenes.get(i).isEmpty()) {
				best = i;
				bestOverlap = overlap;
			}
		}
		if (best < 0) {
			for (int i = 0; i < oldDays.size() && best < 0; i++) {
				if (!used[i] && oldScenes.get(i).isEmpty()) {
					best = i;
				}
			}
		}
		if (best >= 0) {
			used[best] = true;
			return oldDays.get(best);
		}
		ShootDay day = ScheduleFactory.eINSTANCE.createShootDay();
		day.setId(Ids.newId());
		return day;
	}

	/** The board's events of one element (travel, fitting, rehearsal). */
	public static List<ScheduleEvent> events(Schedule board, org.backlot.model.breakdown.Element element) {
		List<ScheduleEvent> out = new ArrayList<>();
		for (ScheduleEvent e : board.getEvents()) {
			if (e.getElement() == element) {
				out.add(e);
			}
		}
		return out;
	}
}
