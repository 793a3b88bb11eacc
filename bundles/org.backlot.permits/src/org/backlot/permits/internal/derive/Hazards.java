// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.core.api.Languages;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.permits.Hazard;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.Shot;
import org.eclipse.osgi.util.NLS;

/**
 * The hazards of each scene, found once per production from its breakdown (weapons, stunts, animals, vehicles, effects
 * and special equipment, by category and by words in English and Chinese) and its shots (drone shots), each with the
 * words that say where it comes from ("Scene 15: Mauser pistol (Weapons)").
 */
public final class Hazards {
	/** One hazard of a scene and the words that show it. */
	public record Found(Hazard hazard, String evidence) {
	}

	private static final Pattern PYRO = words("pyro\\w*|explosions?|explosives?|explod\\w*|blasts?|bombs?|squibs?|gunshots?|gunfire|muzzle flash\\w*" //$NON-NLS-1$
			+ "|fireworks?|firecrackers?|bullet hits?|detonat\\w*", "爆炸", "爆破", "烟火", "烟花", "鞭炮", "炸药", "炸弹", "枪声", "弹着点", "火药"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final Pattern FLAME = words("fires?|fireplace|flames?|torch\\w*|candles?|bonfire|campfire|burning|blaze|oil lamps?", //$NON-NLS-1$
			"明火", "火焰", "火把", "蜡烛", "篝火", "燃烧", "着火", "大火", "火光", "火盆", "点火", "油灯", "火炬"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
	private static final Pattern SMOKE = words("smoke|smoky|fog|haze|hazer|mist", "烟", "雾"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern WATER = words("boats?|ships?|rafts?|ferr(?:y|ies)|canoes?|sampans?|yachts?|junks?", "船", "艇", "筏", "舟"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Pattern DRONE = words("drones?|uav|quadcopter", "无人机", "航拍器"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern ANIMAL = words("horses?|dogs?|cats?|birds?|oxen|ox|cows?|mules?|donkeys?|chickens?|pigs?|goats?|sheep|animals?", //$NON-NLS-1$
			"马匹", "骑马", "马车", "狗", "猫", "鸟", "牛", "骡", "驴", "鸡", "猪", "羊", "动物"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
	private static final Pattern GUN = words("guns?|pistols?|rifles?|revolvers?|shotguns?|firearms?|muskets?|machine guns?", "枪"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern LEADING_COUNT = Pattern.compile("^\\s*(\\d{1,3})(?:\\s*[x\u00d7]\\s*|\\s+|(?=[\u8f86\u53f0\u90e8\u67b6\u8258]))"); //$NON-NLS-1$

	private final Map<Scene, List<Found>> found = new IdentityHashMap<>();
	private final Map<Scene, List<Element>> vehicles = new IdentityHashMap<>();

	private Hazards() {
	}

	private static Pattern words(String english, String... chinese) {
		StringBuilder b = new StringBuilder("\\b(?:").append(english).append(")\\b"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String c : chinese) {
			b.append('|').append(Pattern.quote(c));
		}
		return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The hazards of every scene of the production. */
	public static Hazards of(Production p) {
		Hazards h = new Hazards();
		if (p.getBreakdown() != null) {
			for (Element e : p.getBreakdown().getElements()) {
				Set<Hazard> kinds = kinds(e);
				boolean vehicle = kinds.remove(Hazard.MOVING_VEHICLES);
				if (kinds.isEmpty() && !vehicle) {
					continue;
				}
				if (vehicle) {
					kinds.add(Hazard.MOVING_VEHICLES);
				}
				Set<Scene> seen = new LinkedHashSet<>();
				for (ElementOccurrence o : e.getOccurrences()) {
					Scene s = o.getScene();
					if (s == null || !seen.add(s)) {
						continue;
					}
					String evidence = NLS.bind(Messages.evidence, new Object[] { prefix(s), name(e), category(e.getCategory()) });
					for (Hazard k : kinds) {
						h.found.computeIfAbsent(s, x -> new ArrayList<>()).add(new Found(k, evidence));
					}
					if (vehicle) {
						h.vehicles.computeIfAbsent(s, x -> new ArrayList<>()).add(e);
					}
				}
			}
		}
		if (p.getBreakdown() != null) {
			for (ExtrasRequirement r : p.getBreakdown().getExtras()) {
				if (r.getScene() != null && r.getCount() > 0) {
					String what = r.getDescription() == null || r.getDescription().isBlank() ? Messages.background : r.getDescription();
					h.found.computeIfAbsent(r.getScene(), x -> new ArrayList<>()).add(new Found(Hazard.CROWD,
							NLS.bind(Messages.evidenceExtras, new Object[] { prefix(r.getScene()), r.getCount(), what })));
				}
			}
		}
		if (p.getShotList() != null) {
			for (Shot shot : p.getShotList().getShots()) {
				if (shot.getMovement() == CameraMovement.DRONE && shot.getScene() != null) {
					h.found.computeIfAbsent(shot.getScene(), x -> new ArrayList<>()).add(new Found(Hazard.DRONES,
							NLS.bind(Messages.evidenceDroneShot, prefix(shot.getScene()), shot.getNumber() == null ? "" : shot.getNumber()))); //$NON-NLS-1$
				}
			}
		}
		return h;
	}

	/** What an element brings, by its category key and its words. */
	static Set<Hazard> kinds(Element e) {
		String key = e.getCategory() == null || e.getCategory().getKey() == null ? "" : e.getCategory().getKey(); //$NON-NLS-1$
		String text = name(e) + " " + (e.getNotes() == null ? "" : e.getNotes()); //$NON-NLS-1$ //$NON-NLS-2$
		Set<Hazard> out = EnumSet.noneOf(Hazard.class);
		switch (key) {
		case "weapons" -> out.add(Hazard.FIREARMS); //$NON-NLS-1$
		case "stunts" -> out.add(Hazard.STUNTS); //$NON-NLS-1$
		case "animals" -> out.add(Hazard.ANIMALS); //$NON-NLS-1$
		case "vehicles" -> { //$NON-NLS-1$
			if (find(WATER, text)) {
				out.add(Hazard.WATERCRAFT);
			} else if (find(DRONE, text)) {
				out.add(Hazard.DRONES);
			} else if (find(ANIMAL, text) && !find(Pattern.compile("车|cart|carriage|wagon", Pattern.CASE_INSENSITIVE), text)) { //$NON-NLS-1$
				out.add(Hazard.ANIMALS);
			} else {
				out.add(Hazard.MOVING_VEHICLES);
				if (find(ANIMAL, text)) {
					out.add(Hazard.ANIMALS);
				}
			}
		}
		case "sfx", "equipment" -> effects(text, out); //$NON-NLS-1$ //$NON-NLS-2$
		case "props" -> { //$NON-NLS-1$
			if (find(GUN, text) && !find(PYRO, text)) {
				out.add(Hazard.FIREARMS);
			}
			if (find(DRONE, text)) {
				out.add(Hazard.DRONES);
			}
			if (find(FLAME, text)) {
				out.add(Hazard.OPEN_FLAME);
			}
		}
		default -> {
			// other categories bring no hazard
		}
		}
		return out;
	}

	private static void effects(String text, Set<Hazard> out) {
		boolean pyro = find(PYRO, text);
		if (pyro) {
			out.add(Hazard.PYROTECHNICS);
		}
		String rest = PYRO.matcher(text).replaceAll(" "); // "烟火" (fireworks) is not smoke or flame //$NON-NLS-1$
		if (find(FLAME, rest)) {
			out.add(Hazard.OPEN_FLAME);
		}
		if (find(SMOKE, rest)) {
			out.add(Hazard.SMOKE);
		}
		if (find(DRONE, text)) {
			out.add(Hazard.DRONES);
		}
		if (find(WATER, text)) {
			out.add(Hazard.WATERCRAFT);
		}
	}

	private static boolean find(Pattern p, String text) {
		return p.matcher(text).find();
	}

	/** The hazards found in a scene, in breakdown order. */
	public List<Found> of(Scene s) {
		return found.getOrDefault(s, List.of());
	}

	/** The picture vehicles of a scene. */
	public List<Element> vehicles(Scene s) {
		return vehicles.getOrDefault(s, List.of());
	}

	/** How many vehicles an element stands for: a leading number ("3 police cars", "2x jeep", "3辆警车"), else one ("1940s truck"). */
	public static int count(Element vehicle) {
		Matcher m = LEADING_COUNT.matcher(name(vehicle));
		return m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : 1;
	}

	/** How evidence about a scene begins ("Scene 15:"); rules use it to tell which scene a hazard comes from. */
	public static String prefix(Scene s) {
		return NLS.bind(Messages.scenePrefix, s.getNumber() == null ? "" : s.getNumber()); //$NON-NLS-1$
	}

	static String name(Element e) {
		return e.getName() == null ? "" : e.getName(); //$NON-NLS-1$
	}

	/** A category's name in the user's language. */
	static String category(Category c) {
		if (c == null) {
			return ""; //$NON-NLS-1$
		}
		boolean zh = Languages.chinese();
		String name = zh && c.getNameZh() != null && !c.getNameZh().isEmpty() ? c.getNameZh() : c.getName();
		return name == null ? c.getKey() : name;
	}
}
