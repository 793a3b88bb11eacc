// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.Shot;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;

/**
 * What each scene needs from a schedule's point of view: its cast, its other
 * elements, its background head-count, where it is shot and how long it takes.
 * Built once per production state; cheap to query.
 */
public final class SceneNeeds {
	private final Map<Scene, List<CastMember>> cast = new IdentityHashMap<>();
	private final Map<Scene, List<Element>> elements = new IdentityHashMap<>();
	private final Map<Scene, Integer> extras = new IdentityHashMap<>();
	private final Map<Scene, Integer> shotMinutes = new IdentityHashMap<>();
	private final int minutesPerEighth;
	private final int moveMinutes;

	private SceneNeeds(int minutesPerEighth, int moveMinutes) {
		this.minutesPerEighth = minutesPerEighth;
		this.moveMinutes = moveMinutes;
	}

	/** The needs of every scene of the production, timed with the board's minutes per eighth. */
	public static SceneNeeds of(Production p, Schedule board) {
		SceneNeeds n = new SceneNeeds(board == null || board.getMinutesPerEighth() <= 0 ? 11 : board.getMinutesPerEighth(),
				board == null ? 60 : Math.max(0, board.getCompanyMoveMinutes()));
		if (p.getBreakdown() != null) {
			for (Element e : p.getBreakdown().getElements()) {
				Set<Scene> seen = new LinkedHashSet<>();
				for (ElementOccurrence o : e.getOccurrences()) {
					if (o.getScene() != null && seen.add(o.getScene())) {
						n.elements.computeIfAbsent(o.getScene(), k -> new ArrayList<>()).add(e);
						if (e instanceof CastMember c) {
							n.cast.computeIfAbsent(o.getScene(), k -> new ArrayList<>()).add(c);
						}
					}
				}
			}
			for (ExtrasRequirement r : p.getBreakdown().getExtras()) {
				if (r.getScene() != null) {
					n.extras.merge(r.getScene(), r.getCount(), Integer::sum);
				}
			}
		}
		n.cast.values().forEach(l -> l.sort(Comparator.comparingInt(SceneNeeds::castOrder)));
		if (p.getShotList() != null) {
			for (Shot s : p.getShotList().getShots()) {
				if (s.getScene() != null && s.getSetupMinutes() + s.getShootMinutes() > 0) {
					n.shotMinutes.merge(s.getScene(), s.getSetupMinutes() + s.getShootMinutes(), Integer::sum);
				}
			}
		}
		return n;
	}

	private static int castOrder(CastMember c) {
		return c.getCastNumber() > 0 ? c.getCastNumber() : Integer.MAX_VALUE;
	}

	/** The scene's cast, by cast number. */
	public List<CastMember> cast(Scene s) {
		return cast.getOrDefault(s, List.of());
	}

	/** Every element tagged in the scene (cast included). */
	public List<Element> elements(Scene s) {
		return elements.getOrDefault(s, List.of());
	}

	/** The scene's elements of one category key. */
	public List<Element> elements(Scene s, String categoryKey) {
		List<Element> out = new ArrayList<>();
		for (Element e : elements(s)) {
			if (e.getCategory() != null && categoryKey.equals(e.getCategory().getKey())) {
				out.add(e);
			}
		}
		return out;
	}

	/** Background head-count of the scene. */
	public int extras(Scene s) {
		return extras.getOrDefault(s, 0);
	}

	/** Estimated minutes: the scene's timed shots, or its eighths at the board's rate. */
	public int minutes(Scene s) {
		Integer m = shotMinutes.get(s);
		return m != null ? m : Math.max(1, s.getEighths()) * minutesPerEighth;
	}

	/** Company moves within a day: changes of place between consecutive scenes. */
	public static int companyMoves(List<Scene> day) {
		int moves = 0;
		for (int i = 1; i < day.size(); i++) {
			if (!placeKey(day.get(i)).equals(placeKey(day.get(i - 1)))) {
				moves++;
			}
		}
		return moves;
	}

	/** Estimated minutes of a shoot day: its scenes' minutes plus the board's company-move minutes for each move. */
	public int dayMinutes(List<Scene> day) {
		int total = companyMoves(day) * moveMinutes;
		for (Scene s : day) {
			total += minutes(s);
		}
		return total;
	}

	/** The minutes a company move within a day takes on this board. */
	public int moveMinutes() {
		return moveMinutes;
	}

	/** Cast numbers as printed on a strip: "1, 2, 5". */
	public String castNumbers(Scene s) {
		StringBuilder b = new StringBuilder();
		for (CastMember c : cast(s)) {
			if (b.length() > 0) {
				b.append(", "); //$NON-NLS-1$
			}
			b.append(c.getCastNumber() > 0 ? Integer.toString(c.getCastNumber()) : c.getName());
		}
		return b.toString();
	}

	/** A key for where the scene is shot: its location, else its stage, else its set's name. */
	public static String placeKey(Scene s) {
		Location l = s.getLocation();
		if (l != null) {
			return "L:" + (l.getId() != null ? l.getId() : l.getName()); //$NON-NLS-1$
		}
		Stage st = s.getStage();
		if (st != null) {
			return "S:" + (st.getId() != null ? st.getId() : st.getNumber()); //$NON-NLS-1$
		}
		String set = s.getSetName() == null ? "" : s.getSetName().trim().toUpperCase(Locale.ROOT); //$NON-NLS-1$
		return "SET:" + set; //$NON-NLS-1$
	}

	/** Where the scene is shot, for people: the location's or stage's name, else the set. */
	public static String placeName(Scene s) {
		if (s.getLocation() != null) {
			Location l = s.getLocation();
			return l.getNameZh() != null && !l.getNameZh().isEmpty() ? l.getName() + " " + l.getNameZh() : l.getName(); //$NON-NLS-1$
		}
		if (s.getStage() != null) {
			Stage st = s.getStage();
			return st.getName() != null ? st.getName() : "Stage " + st.getNumber(); //$NON-NLS-1$
		}
		return s.getSetName() == null ? "" : s.getSetName(); //$NON-NLS-1$
	}
}
