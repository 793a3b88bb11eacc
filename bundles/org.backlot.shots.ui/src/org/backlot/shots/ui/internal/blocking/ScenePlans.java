// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.Shot;
import org.backlot.schedule.api.SceneNeeds;

/** Which set plan a scene plays on, and what stands on a plan: the lookups behind the blocking diagram. */
final class ScenePlans {
	private ScenePlans() {
	}

	/** The scene a selected object stands for (a scene, a strip's scene, a shot's scene), or null. */
	static Scene sceneOf(Object selected) {
		if (selected instanceof Scene s) {
			return s;
		}
		if (selected instanceof Strip strip) {
			return strip.getScene();
		}
		if (selected instanceof Shot shot) {
			return shot.getScene();
		}
		return null;
	}

	/** The shots of a scene, in shot-list order. */
	static List<Shot> shots(Production p, Scene scene) {
		List<Shot> out = new ArrayList<>();
		if (p.getShotList() != null) {
			for (Shot s : p.getShotList().getShots()) {
				if (s.getScene() == scene) {
					out.add(s);
				}
			}
		}
		return out;
	}

	/** The camera set-ups the scene's shots use. */
	static Set<CameraSetup> setupsOf(Production p, Scene scene) {
		Set<CameraSetup> out = new LinkedHashSet<>();
		for (Shot s : shots(p, scene)) {
			if (s.getSetup() != null) {
				out.add(s.getSetup());
			}
		}
		return out;
	}

	/**
	 * The scene's plan: the one most of its shots' set-ups stand on, else a
	 * plan named after the scene's set, else null.
	 */
	static SetPlan planOf(Production p, Scene scene) {
		if (p == null || scene == null || p.getShotList() == null) {
			return null;
		}
		Map<SetPlan, Integer> votes = new LinkedHashMap<>();
		for (Shot s : shots(p, scene)) {
			if (s.getSetup() != null && s.getSetup().getSetPlan() != null) {
				votes.merge(s.getSetup().getSetPlan(), 1, Integer::sum);
			}
		}
		SetPlan best = null;
		for (Map.Entry<SetPlan, Integer> e : votes.entrySet()) {
			if (best == null || e.getValue() > votes.get(best)) {
				best = e.getKey();
			}
		}
		if (best != null) {
			return best;
		}
		String name = planName(scene);
		for (SetPlan plan : p.getShotList().getSetPlans()) {
			if (Objects.equals(plan.getName(), name)) {
				return plan;
			}
		}
		return null;
	}

	/** The name a new plan for the scene gets: its set's name. */
	static String planName(Scene scene) {
		String set = scene.getSetName();
		return set == null || set.isBlank() ? org.eclipse.osgi.util.NLS.bind(Messages.defaultPlanName, scene.getNumber()) : set.trim();
	}

	/** The camera set-ups standing on the plan. */
	static List<CameraSetup> cameras(Production p, SetPlan plan) {
		List<CameraSetup> out = new ArrayList<>();
		for (CameraSetup c : p.getShotList().getSetups()) {
			if (c.getSetPlan() == plan) {
				out.add(c);
			}
		}
		return out;
	}

	/** The fixtures of every lighting set-up on the plan's set geometry (none without geometry). */
	static List<Fixture> fixtures(Production p, SetPlan plan) {
		List<Fixture> out = new ArrayList<>();
		if (plan.getGeometry() == null || p.getLighting() == null) {
			return out;
		}
		for (LightingSetup ls : p.getLighting().getSetups()) {
			if (ls.getSet() == plan.getGeometry()) {
				out.addAll(ls.getFixtures());
			}
		}
		return out;
	}

	/** The first of the scene's cast (by cast number) who has no mark on the plan yet; the first of the cast if all have; null if none. */
	static CastMember nextUnmarked(Production p, Scene scene, SetPlan plan) {
		Schedule board = p.getActiveSchedule();
		List<CastMember> cast = SceneNeeds.of(p, board).cast(scene);
		Set<CastMember> marked = new LinkedHashSet<>();
		for (ActorMark m : plan.getMarks()) {
			marked.add(m.getActor());
		}
		for (CastMember c : cast) {
			if (!marked.contains(c)) {
				return c;
			}
		}
		return cast.isEmpty() ? null : cast.get(0);
	}
}
