// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.lighting.api.Colour;
import org.backlot.lighting.api.Dimmers;
import org.backlot.lighting.api.Gels;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.Source;
import org.backlot.lighting.api.Vec3;
import org.backlot.lighting.internal.FixtureSources;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;

/**
 * The lamps the assistant may use: what is free in the stock, which type suits a role (enough output for the
 * stop after gels, soft or hard as the look wants, the colour nearest the target), which gel, and the
 * full-output sources of each type as the engine sees them.
 */
final class Kit {
	/** What a role wants of its lamp's light. */
	enum Softness {
		SOFT, HARD, EITHER
	}

	/** A type for a role, with its gel, diffusion, the distance it would stand at and how well it suits (lower is better). */
	record Choice(FixtureType type, Gel gel, double diffusion, double distance, double score) {
	}

	private static final Gel[] COLOUR_GELS = { Gel.NONE, Gel.QUARTER_CTO, Gel.HALF_CTO, Gel.CTO, Gel.QUARTER_CTB, Gel.HALF_CTB, Gel.CTB };

	private final Map<FixtureType, Integer> free;
	private final Path baseDir;
	private final Map<List<Object>, Source> templates;

	Kit(Map<FixtureType, Integer> stock, Path baseDir) {
		this(new LinkedHashMap<>(stock), baseDir, new HashMap<>());
	}

	private Kit(Map<FixtureType, Integer> free, Path baseDir, Map<List<Object>, Source> templates) {
		this.free = free;
		this.baseDir = baseDir;
		this.templates = templates;
	}

	/** A copy whose stock can be taken from independently (the templates are shared). */
	Kit copy() {
		return new Kit(new LinkedHashMap<>(free), baseDir, templates);
	}

	/** Takes one lamp of the type out of the stock. */
	void take(FixtureType type) {
		free.merge(type, -1, Integer::sum);
	}

	/** Whether the assistant may place this type: in stock, and not a practical or the LED volume. */
	boolean usable(FixtureType t) {
		FixtureKind k = t.getKind();
		return free.getOrDefault(t, 0) > 0 && k != FixtureKind.PRACTICAL && k != FixtureKind.LED_VOLUME && (t.getCandela() > 0 || t.getPhotometricFile() != null);
	}

	static boolean soft(FixtureType t) {
		FixtureKind k = t.getKind();
		return k == FixtureKind.SOFTBOX || k == FixtureKind.BOOK_LIGHT || k == FixtureKind.SKY_PANEL || k == FixtureKind.LED_PANEL || k == FixtureKind.LED_TUBE
				|| t.getSoftWidthM() >= 0.3;
	}

	/** Whether the lamp's colour warms as it dims (as the engine models it). */
	static boolean tungsten(FixtureType t) {
		FixtureKind k = t.getKind();
		return k == FixtureKind.FRESNEL_TUNGSTEN || k == FixtureKind.PRACTICAL
				|| (k == FixtureKind.ELLIPSOIDAL || k == FixtureKind.PAR || k == FixtureKind.SOFTBOX) && t.getCct() > 0 && t.getCct() <= 3400;
	}

	/** Whether the type's colour is an RGB value (gels do not shift it in the engine). */
	static boolean rgb(FixtureType t) {
		return t.getColour() != null && t.getColour().matches("#?[0-9a-fA-F]{6}"); //$NON-NLS-1$
	}

	/** How far from the face a key or back light of this type stands: hard lamps further, soft ones close enough to stay soft. */
	static double distance(FixtureType t) {
		return switch (t.getKind()) {
		case SOFTBOX, LED_PANEL -> 1.8;
		case BOOK_LIGHT -> 2.4;
		case SKY_PANEL -> 2.0;
		case LED_TUBE -> 1.2;
		default -> 3.0;
		};
	}

	/** The lamp's colour temperature at a fraction of its output, before any gel. */
	static double nativeKelvin(FixtureType t, double output) {
		double k;
		if (rgb(t)) {
			double[] xy = Colour.xyOfHex(t.getColour());
			k = Colour.cctDuvOfXy(xy[0], xy[1])[0];
		} else {
			k = t.getCct() > 0 ? t.getCct() : 5600;
		}
		return tungsten(t) && !rgb(t) ? Dimmers.tungstenCct(k, output) : k;
	}

	/** The gel that brings the type nearest the target colour at this output (the brightest of those within 10 mireds). */
	static Gel gelFor(FixtureType t, double kelvin, double output) {
		if (kelvin <= 0 || rgb(t)) {
			return Gel.NONE;
		}
		double mired = 1e6 / nativeKelvin(t, output);
		double target = 1e6 / kelvin;
		Gel best = Gel.NONE;
		double bestScore = Double.POSITIVE_INFINITY;
		for (Gel g : COLOUR_GELS) {
			double gap = Math.abs(mired + Gels.miredShift(g) - target);
			double score = gap <= 10 ? -Gels.transmission(g) : gap;
			if (score < bestScore) {
				best = g;
				bestScore = score;
			}
		}
		return best;
	}

	/** The gels in order from warmest to coolest, for nudging the mix. */
	static List<Gel> colourGels() {
		List<Gel> g = new ArrayList<>(List.of(COLOUR_GELS));
		g.sort(Comparator.comparingDouble(x -> -Gels.miredShift(x)));
		return g;
	}

	/** The full-output source of a type behind a gel and diffusion (cached). */
	Source template(FixtureType t, Gel gel, double diffusion) {
		return templates.computeIfAbsent(List.of(t, gel, diffusion), k -> FixtureSources.of(t, "", "", Vec3.ZERO, new Vec3(1, 0, 0), 1, gel, diffusion, //$NON-NLS-1$ //$NON-NLS-2$
				baseDir, p -> {
					// an unreadable photometric file is reported when the scene is compiled
				}));
	}

	/**
	 * The usable types for a role, best first. {@code needed} is the peak candela the role needs at
	 * {@code refDistance}; {@code roleDistance} is where the lamp stands, or NaN for the type's own distance.
	 */
	List<Choice> ranked(Softness want, double needed, double refDistance, double roleDistance, double kelvin) {
		List<Choice> out = new ArrayList<>();
		for (FixtureType t : free.keySet()) {
			if (!usable(t)) {
				continue;
			}
			boolean isSoft = soft(t);
			double diffusion = want == Softness.SOFT && !isSoft ? 0.7 : 0;
			Gel gel = gelFor(t, kelvin, tungsten(t) ? 0.7 : 1);
			Source tpl = template(t, gel, diffusion);
			double d = Double.isNaN(roleDistance) ? distance(t) : roleDistance;
			double need = Math.max(1e-6, needed * (d / refDistance) * (d / refDistance));
			double capacity = tpl.candela;
			double score = 0;
			if (capacity >= 1.25 * need) {
				score += Math.max(0, log2(capacity / need) - 3) * 0.6;
			} else if (capacity * (d / 1.2) * (d / 1.2) >= 1.1 * need) {
				score += 1;
			} else {
				score += 5 + log2(need / capacity);
			}
			if (want == Softness.SOFT && !isSoft) {
				score += 0.5;
			} else if (want == Softness.HARD && isSoft) {
				score += 1.5;
			}
			if (kelvin > 0) {
				double gap = Math.abs(1e6 / Gels.apply(gel, nativeKelvin(t, tungsten(t) ? 0.7 : 1)) - 1e6 / kelvin);
				score += gap / 15 + (1 - Gels.transmission(gel)) * 0.8 + (gap > Looks.MIRED_TOLERANCE ? 3 : 0);
			}
			score += t.getPowerW() / 20000;
			out.add(new Choice(t, gel, diffusion, d, score));
		}
		out.sort(Comparator.comparingDouble(Choice::score));
		return out;
	}

	private static double log2(double v) {
		return Math.log(v) / Math.log(2);
	}
}
