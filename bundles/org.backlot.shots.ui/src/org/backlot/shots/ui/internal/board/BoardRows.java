// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleItem;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.SceneNeeds;
import org.backlot.schedule.api.Violation;

/**
 * The rows of a stripboard, one per strip or banner, in board order: strips,
 * a day banner closing each day, a grey banner before the unscheduled strips.
 * Each row knows its token position (see {@link PlanEdits}) so that a drop
 * between rows is a position in the board.
 */
final class BoardRows {
	/** What a row shows. */
	enum Kind {
		/** A scene's strip. */
		STRIP,
		/** The banner closing a shoot day. */
		DAY,
		/** The banner before the unscheduled strips. */
		UNSCHEDULED
	}

	/**
	 * One row.
	 *
	 * @param kind    strip or banner
	 * @param scene   the strip's scene (null for banners)
	 * @param strip   the strip (null for banners)
	 * @param day     the 0-based day the strip is in or the banner closes (-1: unscheduled)
	 * @param shootDay the day break of a day banner
	 * @param token   the row's position among the board's tokens (for the unscheduled banner: the first unscheduled)
	 * @param text    a banner's text
	 * @param problem what constraint the strip breaks, or null
	 */
	record Row(Kind kind, Scene scene, Strip strip, int day, ShootDay shootDay, int token, String text, String problem) {
	}

	private final List<Row> rows = new ArrayList<>();
	private final Map<Scene, Integer> rowOf = new IdentityHashMap<>();
	private final SceneNeeds needs;

	private BoardRows(SceneNeeds needs) {
		this.needs = needs;
	}

	/** The rows of a board, with the problems found by the constraint check. */
	static BoardRows of(Production p, Schedule board, List<ConstraintStatus> statuses) {
		BoardRows out = new BoardRows(SceneNeeds.of(p, board));
		Map<Scene, StringBuilder> problems = new IdentityHashMap<>();
		for (ConstraintStatus status : statuses) {
			for (Violation v : status.violations()) {
				for (Scene s : v.scenes()) {
					StringBuilder b = problems.computeIfAbsent(s, k -> new StringBuilder());
					b.append(b.length() == 0 ? "" : "\n").append(v.message()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		int dayCount = 0;
		for (ScheduleItem item : board.getItems()) {
			if (item instanceof ShootDay) {
				dayCount++;
			}
		}
		int token = 0;
		int day = 0;
		int eighths = 0;
		List<Scene> dayScenes = new ArrayList<>();
		for (ScheduleItem item : board.getItems()) {
			if (item instanceof Strip s && s.getScene() != null) {
				if (day == dayCount && (out.rows.isEmpty() || out.last().kind != Kind.UNSCHEDULED)) {
					out.rows.add(new Row(Kind.UNSCHEDULED, null, null, -1, null, token, Messages.unscheduled, null));
				}
				StringBuilder problem = problems.get(s.getScene());
				out.rowOf.put(s.getScene(), out.rows.size());
				out.rows.add(new Row(Kind.STRIP, s.getScene(), s, day < dayCount ? day : -1, null, token++, null,
						problem == null ? null : problem.toString()));
				eighths += s.getScene().getEighths();
				dayScenes.add(s.getScene());
			} else if (item instanceof ShootDay d) {
				out.rows.add(new Row(Kind.DAY, null, null, day, d, token++, Texts.banner(d, day + 1, eighths, out.needs.dayMinutes(dayScenes)), null));
				day++;
				eighths = 0;
				dayScenes.clear();
			}
		}
		if (out.rows.isEmpty() || out.last().kind == Kind.DAY) {
			out.rows.add(new Row(Kind.UNSCHEDULED, null, null, -1, null, token, Messages.unscheduled, null));
		}
		return out;
	}

	private Row last() {
		return rows.get(rows.size() - 1);
	}

	/** The rows. */
	List<Row> rows() {
		return rows;
	}

	/** Number of rows. */
	int size() {
		return rows.size();
	}

	/** Row i. */
	Row get(int i) {
		return rows.get(i);
	}

	/** The row index of a scene's strip, or -1. */
	int indexOf(Scene s) {
		Integer i = rowOf.get(s);
		return i == null ? -1 : i;
	}

	/** The needs of the scenes (cast numbers, minutes). */
	SceneNeeds needs() {
		return needs;
	}

	/** The token position a drop before row {@code i} means ({@code size()}: the end). */
	int tokenBefore(int i) {
		if (i >= rows.size()) {
			Row last = last();
			return last.kind == Kind.UNSCHEDULED ? last.token : last.token + 1;
		}
		return rows.get(i).token;
	}
}
