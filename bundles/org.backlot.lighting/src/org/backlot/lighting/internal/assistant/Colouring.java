// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.backlot.lighting.api.Gels;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.TargetResult;
import org.backlot.model.lighting.Gel;
import org.eclipse.osgi.util.NLS;

/**
 * The colour of the face in a rig: how far it is from the look's in mireds (the lamps' colours, a dimmed tungsten
 * lamp warmer, then the gel, and the light that stays, weighted by their light on the face), and bringing a verified
 * rig to it when the gels first chosen miss it: first by moving one lamp's gel a step, then, when the look's colour
 * falls between two gel steps (say 8200 K from a 5600 K lamp, between 1/4 and 1/2 CTB), by gelling the key and a
 * second lamp on the face either side of it and solving the levels for the mix as well.
 */
final class Colouring {
	private Colouring() {
	}

	/** The better of the rig as it is and its colour-matched variants; the rig is changed to the one returned. */
	static Verifier.Result match(Rig rig, Kit kit, Verifier.Result v, Path baseDir) {
		if (rig.look.kelvin() <= 0) {
			return v;
		}
		return mix(rig, kit, nudge(rig, kit, v, baseDir), baseDir);
	}

	/**
	 * How far the face's colour is from the look's, in mireds, at the rig's levels: the lamps' colours and the fixed
	 * sources', weighted by their light on the face ({@code face} lux in all). 0 without a colour target.
	 */
	static double error(Rig rig, double face) {
		if (rig.look.kelvin() <= 0 || face <= 0) {
			return 0;
		}
		double sum = rig.base.faceMiredLux();
		for (int i = 0; i < rig.lamps.size(); i++) {
			sum += rig.lamps.get(i).output * rig.coefficients(i)[SubjectFrame.FACE] * mired(rig, i);
		}
		return sum / face - 1e6 / rig.look.kelvin();
	}

	/** A lamp's colour in mireds at the output it runs at: a dimmed tungsten lamp warmer, then its gel (a stand-in has the look's). */
	static double mired(Rig rig, int lamp) {
		Lamp l = rig.lamps.get(lamp);
		double kelvin = l.type == null ? rig.look.kelvin() : Gels.apply(Kit.rgb(l.type) ? Gel.NONE : l.gel, Kit.nativeKelvin(l.type, Math.max(0.01, l.output)));
		return 1e6 / kelvin;
	}

	/** The colour result, or null when the look has none. */
	static TargetResult colour(Verifier.Result v) {
		return v.results().stream().filter(r -> LookMeter.KELVIN.equals(r.unit())).findFirst().orElse(null);
	}

	/** When the mix misses the colour, moves one lamp's gel a step (the lamps giving most light on the face first), while that helps. */
	private static Verifier.Result nudge(Rig rig, Kit kit, Verifier.Result v, Path baseDir) {
		List<Gel> order = Kit.colourGels();
		for (int tries = 0; tries < 4; tries++) {
			TargetResult colour = colour(v);
			if (colour == null || colour.met() || colour.achieved() <= 0) {
				return v;
			}
			int step = LookMeter.miredError(colour.wanted(), colour.achieved()) > 0 ? 1 : -1;
			List<Lamp> lamps = new ArrayList<>(rig.lamps);
			lamps.sort(Comparator.comparingDouble(l -> -l.output * rig.coefficients(rig.lamps.indexOf(l))[SubjectFrame.FACE]));
			Verifier.Result better = null;
			for (Lamp l : lamps) {
				int next = order.indexOf(l.gel) + step;
				if (Kit.rgb(l.type) || order.indexOf(l.gel) < 0 || next < 0 || next >= order.size()) {
					continue;
				}
				Gel old = l.gel;
				regel(rig, kit, rig.lamps.indexOf(l), order.get(next));
				rig.solveLevels(1);
				Verifier.Result w = Verifier.verify(rig, baseDir);
				if (w.score() < v.score()) {
					better = w;
					break;
				}
				regel(rig, kit, rig.lamps.indexOf(l), old);
				rig.solveLevels(1);
			}
			if (better == null) {
				return v;
			}
			v = better;
		}
		return v;
	}

	/**
	 * When the colour is still missed: the key on its gel or the next one either way, a second lamp that lights the
	 * face (fill or back) on a gel the other side of the look's colour, and the levels solved for the colour too.
	 */
	private static Verifier.Result mix(Rig rig, Kit kit, Verifier.Result v, Path baseDir) {
		TargetResult colour = colour(v);
		int key = rig.index(Lamp.KEY);
		if (colour == null || colour.met() || key < 0 || Kit.rgb(rig.lamps.get(key).type)) {
			return v;
		}
		double m = 1e6 / rig.look.kelvin();
		List<Gel> order = Kit.colourGels();
		int at = order.indexOf(rig.lamps.get(key).gel);
		Rig best = null;
		Verifier.Result bestResult = v;
		for (int k = Math.max(0, at - 1); at >= 0 && k <= Math.min(order.size() - 1, at + 1); k++) {
			for (int partner = 0; partner < rig.lamps.size(); partner++) {
				Lamp p = rig.lamps.get(partner);
				if (partner == key || p.role.equals(Lamp.BACKGROUND) || Kit.rgb(p.type) || rig.coefficients(partner)[SubjectFrame.FACE] <= 0) {
					continue;
				}
				for (Gel g : order) {
					Rig trial = rig.copy();
					regel(trial, kit, key, order.get(k));
					regel(trial, kit, partner, g);
					if ((mired(trial, key) - m) * (mired(trial, partner) - m) >= 0) {
						continue;
					}
					trial.mixColour = true;
					trial.solveLevels(1);
					Verifier.Result w = Verifier.verify(trial, baseDir);
					if (w.score() < bestResult.score()) {
						best = trial;
						bestResult = w;
					}
				}
			}
		}
		if (best != null) {
			rig.adopt(best);
		}
		return bestResult;
	}

	/**
	 * What the explanation says of the colour beyond the gels: that two lamps mix to it, or why the face misses it
	 * (the key's nearest colours either side with the stock's gels, and the light that stays when it is much of the face).
	 */
	static List<String> explain(Rig rig, Verifier.Result v) {
		List<String> out = new ArrayList<>();
		TargetResult colour = colour(v);
		int key = rig.index(Lamp.KEY);
		if (colour == null || key < 0) {
			return out;
		}
		double m = 1e6 / rig.look.kelvin();
		Lamp k = rig.lamps.get(key);
		if (colour.met() && Math.abs(mired(rig, key) - m) > Looks.MIRED_TOLERANCE) {
			for (int i = 0; i < rig.lamps.size(); i++) {
				Lamp p = rig.lamps.get(i);
				if (i != key && p.output >= Verifier.OFF && !p.role.equals(Lamp.BACKGROUND) && (mired(rig, i) - m) * (mired(rig, key) - m) < 0) {
					out.add(NLS.bind(Messages.whyColourMix, new Object[] { Math.round(Looks.MIRED_TOLERANCE), Math.round(rig.look.kelvin()),
							Messages.role(k.role), Messages.gel(k.gel), Messages.role(p.role), Messages.gel(p.gel) }));
					break;
				}
			}
		} else if (!colour.met()) {
			out.add(NLS.bind(Messages.whyColourMissed, Math.round(rig.look.kelvin()), steps(k, m)));
			double fixed = rig.base.fixed()[SubjectFrame.FACE];
			double face = fixed;
			for (int i = 0; i < rig.lamps.size(); i++) {
				face += rig.lamps.get(i).output * rig.coefficients(i)[SubjectFrame.FACE];
			}
			if (fixed > 0 && fixed >= 0.25 * face) {
				out.add(NLS.bind(Messages.whyColourFixed, Math.round(100 * fixed / face), Math.round(fixed * 1e6 / rig.base.faceMiredLux())));
			}
		}
		return out;
	}

	/** The key's nearest colours to the look's either side (in mireds {@code m}), each with its gel. */
	private static String steps(Lamp key, double m) {
		double own = Kit.nativeKelvin(key.type, Math.max(0.01, key.output));
		Gel warmer = null;
		Gel cooler = null;
		for (Gel g : Kit.rgb(key.type) ? List.of(Gel.NONE) : Kit.colourGels()) {
			double mired = 1e6 / Gels.apply(g, own);
			if (mired >= m && (warmer == null || mired < 1e6 / Gels.apply(warmer, own))) {
				warmer = g;
			} else if (mired < m && (cooler == null || mired > 1e6 / Gels.apply(cooler, own))) {
				cooler = g;
			}
		}
		List<String> parts = new ArrayList<>();
		for (Gel g : new Gel[] { warmer, cooler }) {
			if (g != null) {
				parts.add(NLS.bind(Messages.colourStep, Math.round(Gels.apply(g, own)), Messages.gel(g)));
			}
		}
		return parts.size() == 2 ? NLS.bind(Messages.colourOr, parts.get(0), parts.get(1)) : parts.get(0);
	}

	private static void regel(Rig rig, Kit kit, int lamp, Gel gel) {
		Lamp l = rig.lamps.get(lamp);
		if (l.gel != gel) {
			l.gel = gel;
			l.template = kit.template(l.type, gel, l.diffusion);
			rig.measure(lamp);
		}
	}
}
