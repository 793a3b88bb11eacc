// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.backlot.core.api.Ids;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraAngle;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotList;
import org.backlot.model.shots.ShotSize;
import org.backlot.model.shots.ShotsFactory;

/**
 * The shots of a scene: listing, numbering, adding, set-ups and their times.
 * Every method that changes the model is meant to run inside one command.
 */
public final class Shots {
	/** Lens of a new shot whose set-up gives none, in millimetres. */
	public static final double DEFAULT_LENS_MM = 35;
	/** Set-up minutes of a shot on a set-up the scene does not use yet. */
	public static final int NEW_SETUP_MINUTES = 20;
	/** Set-up minutes of a shot on a set-up already in use (a re-light, a lens change). */
	public static final int SAME_SETUP_MINUTES = 10;
	/** Shooting minutes of a new shot. */
	public static final int SHOOT_MINUTES = 15;
	/** Width of a new set plan in metres. */
	public static final double PLAN_WIDTH_M = 12;
	/** Depth of a new set plan in metres. */
	public static final double PLAN_DEPTH_M = 8;

	private Shots() {
	}

	/** The scene's shots in number order (3A, 3B, ..., 3Z, 3AA). */
	public static List<Shot> of(Production p, Scene scene) {
		List<Shot> result = new ArrayList<>();
		if (p == null || p.getShotList() == null || scene == null) {
			return result;
		}
		for (Shot s : p.getShotList().getShots()) {
			if (s.getScene() == scene) {
				result.add(s);
			}
		}
		result.sort((a, b) -> ShotNumbers.ORDER.compare(a.getNumber(), b.getNumber()));
		return result;
	}

	/** The number the scene's next shot gets: one letter after the highest the scene has (12 -> 12A, after 12Z 12AA). */
	public static String nextNumber(Production p, Scene scene) {
		int highest = -1;
		for (Shot s : of(p, scene)) {
			highest = Math.max(highest, ShotNumbers.indexIn(s.getNumber(), scene.getNumber()));
		}
		Set<String> taken = new HashSet<>();
		for (Shot s : of(p, scene)) {
			taken.add(s.getNumber() == null ? "" : s.getNumber().toUpperCase(Locale.ROOT)); //$NON-NLS-1$
		}
		String number;
		int i = highest + 1;
		do {
			number = scene.getNumber() + ShotNumbers.letters(i++);
		} while (taken.contains(number.toUpperCase(Locale.ROOT)));
		return number;
	}

	/**
	 * Adds a shot to the scene with the next number: a wide eye-level static shot on the set-up's lens (35 mm
	 * without one), 20 minutes to set up on a set-up the scene does not use yet (10 on one it does), 15 to shoot.
	 */
	public static Shot create(Production p, Scene scene, CameraSetup setup) {
		ShotList list = shotList(p);
		boolean newSetup = setup == null || of(p, scene).stream().noneMatch(s -> s.getSetup() == setup);
		Shot shot = ShotsFactory.eINSTANCE.createShot();
		shot.setId(Ids.newId());
		shot.setNumber(nextNumber(p, scene));
		shot.setScene(scene);
		shot.setSize(ShotSize.WS);
		shot.setAngle(CameraAngle.EYE_LEVEL);
		shot.setMovement(CameraMovement.STATIC);
		shot.setLensMm(setup != null && setup.getLensMm() > 0 ? setup.getLensMm() : DEFAULT_LENS_MM);
		shot.setSetup(setup);
		shot.setSetupMinutes(newSetup ? NEW_SETUP_MINUTES : SAME_SETUP_MINUTES);
		shot.setShootMinutes(SHOOT_MINUTES);
		List<Shot> existing = of(p, scene);
		int at = existing.isEmpty() ? list.getShots().size() : list.getShots().indexOf(existing.get(existing.size() - 1)) + 1;
		list.getShots().add(at, shot);
		return shot;
	}

	/** Numbers the scene's shots again without gaps, keeping their order: A, B, C ... */
	public static void renumber(Production p, Scene scene) {
		List<Shot> shots = of(p, scene);
		for (int i = 0; i < shots.size(); i++) {
			String number = scene.getNumber() + ShotNumbers.letters(i);
			if (!number.equals(shots.get(i).getNumber())) {
				shots.get(i).setNumber(number);
			}
		}
	}

	/**
	 * Adds a camera set-up on a plan (null: on none), in the middle of the plan at eye height on a 35 mm lens;
	 * a null name gives the first letter (A, B, ...) that no set-up of the plan starts with.
	 */
	public static CameraSetup createSetup(Production p, SetPlan plan, String name) {
		ShotList list = shotList(p);
		CameraSetup c = ShotsFactory.eINSTANCE.createCameraSetup();
		c.setId(Ids.newId());
		c.setName(name != null ? name : nextSetupName(list, plan));
		c.setSetPlan(plan);
		c.setX(plan == null ? 0 : plan.getWidthM() / 2);
		c.setY(plan == null ? 0 : plan.getDepthM() / 2);
		c.setHeight(1.5);
		c.setLensMm(DEFAULT_LENS_MM);
		list.getSetups().add(c);
		return c;
	}

	private static String nextSetupName(ShotList list, SetPlan plan) {
		Set<String> used = new HashSet<>();
		for (CameraSetup c : list.getSetups()) {
			if (c.getSetPlan() == plan && c.getName() != null) {
				String n = c.getName().trim().toUpperCase(Locale.ROOT);
				int end = 0;
				while (end < n.length() && n.charAt(end) >= 'A' && n.charAt(end) <= 'Z') {
					end++;
				}
				if (end > 0 && (end == n.length() || !Character.isLetterOrDigit(n.charAt(end)))) {
					used.add(n.substring(0, end));
				}
			}
		}
		int i = 0;
		while (used.contains(ShotNumbers.letters(i))) {
			i++;
		}
		return ShotNumbers.letters(i);
	}

	/** The scene's shots grouped by set-up, set-ups in order of their first shot (shots without one under null). */
	public static Map<CameraSetup, List<Shot>> bySetup(Production p, Scene scene) {
		Map<CameraSetup, List<Shot>> result = new LinkedHashMap<>();
		for (Shot s : of(p, scene)) {
			result.computeIfAbsent(s.getSetup(), k -> new ArrayList<>()).add(s);
		}
		return result;
	}

	/**
	 * The minutes the scene's shots take: each set-up's longest set-up time once (a shot without a set-up
	 * counts its own), plus every shot's shooting time.
	 */
	public static int minutes(Production p, Scene scene) {
		int total = 0;
		for (Map.Entry<CameraSetup, List<Shot>> e : bySetup(p, scene).entrySet()) {
			int longest = 0;
			for (Shot s : e.getValue()) {
				total += Math.max(0, s.getShootMinutes());
				if (e.getKey() == null) {
					total += Math.max(0, s.getSetupMinutes());
				} else {
					longest = Math.max(longest, s.getSetupMinutes());
				}
			}
			total += longest;
		}
		return total;
	}

	/** The number of distinct set-ups the scene's shots use. */
	public static int setupCount(Production p, Scene scene) {
		return (int) bySetup(p, scene).keySet().stream().filter(k -> k != null).count();
	}

	/** The set plan of the scene: that of its shots' set-ups, else one named like the scene's set, else null. */
	public static SetPlan planFor(Production p, Scene scene) {
		for (Shot s : of(p, scene)) {
			if (s.getSetup() != null && s.getSetup().getSetPlan() != null) {
				return s.getSetup().getSetPlan();
			}
		}
		if (p == null || p.getShotList() == null || scene == null || scene.getSetName() == null) {
			return null;
		}
		String set = scene.getSetName().trim();
		for (SetPlan plan : p.getShotList().getSetPlans()) {
			if (plan.getName() != null && plan.getName().trim().equalsIgnoreCase(set)) {
				return plan;
			}
		}
		return null;
	}

	/** Adds a 12 x 8 m set plan named after the scene's set (or its heading when it names none). */
	public static SetPlan createPlan(Production p, Scene scene) {
		ShotList list = shotList(p);
		SetPlan plan = ShotsFactory.eINSTANCE.createSetPlan();
		plan.setId(Ids.newId());
		String name = scene.getSetName();
		if (name == null || name.isBlank()) {
			name = scene.getHeading() != null && !scene.getHeading().isBlank() ? scene.getHeading() : scene.getNumber();
		}
		plan.setName(name);
		plan.setWidthM(PLAN_WIDTH_M);
		plan.setDepthM(PLAN_DEPTH_M);
		list.getSetPlans().add(plan);
		return plan;
	}

	/** The production's shot list, created when it has none. */
	public static ShotList shotList(Production p) {
		if (p.getShotList() == null) {
			p.setShotList(ShotsFactory.eINSTANCE.createShotList());
		}
		return p.getShotList();
	}

	/** The set-up's horizontal angle of view in degrees (its lens and sensor). */
	public static double fieldOfView(CameraSetup c) {
		return FieldOfView.horizontalDegrees(c.getLensMm(), c.getSensorWidthMm());
	}

	/** The shot's horizontal angle of view in degrees: its own lens on its set-up's sensor. */
	public static double fieldOfView(Shot s) {
		double lens = s.getLensMm() > 0 ? s.getLensMm() : s.getSetup() == null ? 0 : s.getSetup().getLensMm();
		return FieldOfView.horizontalDegrees(lens, s.getSetup() == null ? 0 : s.getSetup().getSensorWidthMm());
	}
}
