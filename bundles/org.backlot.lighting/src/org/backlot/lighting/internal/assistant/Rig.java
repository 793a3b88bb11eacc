// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.Exposure;
import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.Source;
import org.backlot.lighting.api.Vec3;

/**
 * A trial set-up and its fast model: each lamp's light at full output on the meter points of
 * {@link SubjectFrame} (with shadows), the levels that best meet exposure, ratio and separation (solved
 * exactly, light being linear in output), and how far the result is from the look in stops and degrees.
 */
final class Rig {
	/** The back light's level on the back of the head, as a share of the face's. */
	static final double RIM_LEVEL = 1.0;
	private static final double LOG2 = Math.log(2);

	/** What stays in the scene whatever the lamps: practicals and the LED wall, on each meter point. */
	record Baseline(Illuminance light, double[] fixed, double[] fixedLeft, double[] fixedRight, double ledLuminance, double faceMiredLux) {
		static Baseline of(Illuminance light, SubjectFrame f) {
			List<Source> sources = light.scene().sources();
			double[] fixed = new double[SubjectFrame.POINTS];
			double[] left = new double[sources.size()];
			double[] right = new double[sources.size()];
			double miredLux = 0;
			for (int s = 0; s < sources.size(); s++) {
				for (int p = 0; p < SubjectFrame.POINTS; p++) {
					double e = lux(light, sources.get(s), f, p);
					fixed[p] += e;
					if (p == SubjectFrame.FACE && sources.get(s).kelvin > 0) {
						miredLux += e * 1e6 / sources.get(s).kelvin;
					}
					if (p == SubjectFrame.LEFT) {
						left[s] = e;
					} else if (p == SubjectFrame.RIGHT) {
						right[s] = e;
					}
				}
			}
			double led = f.backgroundIsLedWall ? light.scene().ledWall().nits() * 0.5 : 0;
			return new Baseline(light, fixed, left, right, led, miredLux);
		}
	}

	/** The model's figures for the current levels. */
	record Model(double exposure, double ratio, double separation, double azimuth, double elevation, double rim, double objective, boolean met) {
	}

	final SubjectFrame frame;
	final LookTarget look;
	final Baseline base;
	final double targetLux;
	final List<Lamp> lamps = new ArrayList<>();
	/** The kit the lamps' gels come from; null for stand-in lamps, which are not gelled. */
	Kit kit;
	/** Whether the levels also solve for the face's colour, mixing lamps gelled either side of the look's (see {@link Levels}). */
	boolean mixColour;
	private double[][] coeff = new double[0][];
	int evaluations;

	Rig(SubjectFrame frame, LookTarget look, Baseline base) {
		this.frame = frame;
		this.look = look;
		this.base = base;
		this.targetLux = Exposure.lux(look.tStop(), frame.scene.iso(), frame.scene.shutterSeconds());
	}

	Rig copy() {
		Rig r = new Rig(frame, look, base);
		r.kit = kit;
		r.mixColour = mixColour;
		for (Lamp l : lamps) {
			r.lamps.add(l.copy());
		}
		r.coeff = new double[coeff.length][];
		for (int i = 0; i < coeff.length; i++) {
			r.coeff[i] = coeff[i].clone();
		}
		return r;
	}

	/** Takes over another rig's lamps, their measured light and how the levels are solved (a copy of this rig tried out). */
	void adopt(Rig other) {
		lamps.clear();
		lamps.addAll(other.lamps);
		coeff = other.coeff;
		mixColour = other.mixColour;
	}

	/** Measures every lamp at full output. */
	void measureAll() {
		coeff = new double[lamps.size()][];
		for (int i = 0; i < lamps.size(); i++) {
			measure(i);
		}
	}

	/** Measures one lamp at full output where it now stands. */
	void measure(int i) {
		Source s = lamps.get(i).source("trial", ""); //$NON-NLS-1$ //$NON-NLS-2$
		double[] c = new double[SubjectFrame.POINTS];
		for (int p = 0; p < c.length; p++) {
			c[p] = lux(base.light(), s, frame, p);
		}
		coeff[i] = c;
		evaluations++;
	}

	private static double lux(Illuminance light, Source s, SubjectFrame f, int p) {
		if (p == SubjectFrame.BACKGROUND && (f.background == null || f.backgroundIsLedWall)) {
			return 0;
		}
		Vec3 q = f.points[p];
		Vec3 n = f.normals[p];
		return light.fromSource(s, q.x(), q.y(), q.z(), n.x(), n.y(), n.z());
	}

	/**
	 * Sets each lamp's output to the levels that best meet the look, each between 0 and {@code max}; with a kit,
	 * re-gels each lamp for the look's colour at the output it then runs at and solves again (see {@link Levels}).
	 */
	double[] solve(double max) {
		return Levels.solve(this, max);
	}

	/** The levels alone, gels as they are. */
	double[] solveLevels(double max) {
		return Levels.solveLevels(this, max);
	}

	int index(String role) {
		for (int i = 0; i < lamps.size(); i++) {
			if (lamps.get(i).role.equals(role)) {
				return i;
			}
		}
		return -1;
	}

	/** The readings the model predicts at the lamps' current outputs, and how far they are from the look. */
	Model model() {
		double[] e = base.fixed().clone();
		for (int i = 0; i < lamps.size(); i++) {
			for (int p = 0; p < e.length; p++) {
				e[p] += lamps.get(i).output * coeff[i][p];
			}
		}
		double face = e[SubjectFrame.FACE];
		double exposure = stops(face, targetLux);
		double hi = Math.max(e[SubjectFrame.LEFT], e[SubjectFrame.RIGHT]);
		double lo = Math.min(e[SubjectFrame.LEFT], e[SubjectFrame.RIGHT]);
		double ratio = hi <= 0 ? -log2(Math.max(1, look.keyToFill())) : stops(hi, Math.max(lo, hi / 1024)) - log2(Math.max(1, look.keyToFill()));
		double separation = 0;
		double sepWeight = 0;
		if (frame.background != null) {
			double bg = frame.backgroundIsLedWall ? base.ledLuminance() : frame.backgroundAlbedo * e[SubjectFrame.BACKGROUND] / Math.PI;
			separation = Math.max(-10, Math.min(10, stops(Actor.SKIN * face / Math.PI, Math.max(bg, 1e-6)))) - look.separationStops();
			sepWeight = frame.backgroundIsLedWall ? 0.3 : 1;
		} else if (look.separationStops() < 0) {
			separation = 10;
			sepWeight = 1;
		}
		int cheek = e[SubjectFrame.LEFT] >= e[SubjectFrame.RIGHT] ? SubjectFrame.LEFT : SubjectFrame.RIGHT;
		Vec3 keyAt = strongest(cheek);
		double az = keyAt == null ? 180 : SubjectFrame.angleDifference(frame.azimuthOf(keyAt), look.keyAzimuth());
		double el = keyAt == null ? 90 : frame.elevationOf(keyAt) - look.keyElevation();
		int back = index(Lamp.BACK);
		double rim = back < 0 ? 0 : stops(Math.max(e[SubjectFrame.RIM], 1e-6), RIM_LEVEL * targetLux);
		double colour = Colouring.error(this, face);
		double tol = Looks.STOP_TOLERANCE;
		double j = term(exposure, tol) + term(ratio, tol) + sepWeight * term(separation, tol) + term(az, Looks.AZIMUTH_TOLERANCE)
				+ term(el, Looks.ELEVATION_TOLERANCE) + term(colour, Looks.MIRED_TOLERANCE) + 0.2 * sq(Math.max(-4, Math.min(rim, 4)));
		for (Lamp l : lamps) {
			if (frame.inShot(l.position())) {
				j += 4;
			}
			if (l.type != null && Kit.tungsten(l.type) && l.output < 0.3) {
				j += (0.3 - l.output) * 4;
			}
			if (!l.role.equals(Lamp.KEY)) {
				j += 0.2 * sq(SubjectFrame.angleDifference(l.azimuth, l.wantedAzimuth) / 45) + 0.2 * sq((l.elevation - l.wantedElevation) / 30);
			}
		}
		boolean met = Math.abs(colour) <= Looks.MIRED_TOLERANCE * 0.8 && Math.abs(exposure) <= tol * 0.8 && Math.abs(ratio) <= tol * 0.8 && (sepWeight < 1 || Math.abs(separation) <= tol * 0.8)
				&& Math.abs(az) <= Looks.AZIMUTH_TOLERANCE * 0.7 && Math.abs(el) <= Looks.ELEVATION_TOLERANCE * 0.7;
		return new Model(exposure, ratio, separation, az, el, rim, j, met);
	}

	/** A residual's cost: its square in tolerances, and a steep price for leaving the tolerance. */
	private static double term(double error, double tolerance) {
		double e = Math.abs(error) / tolerance;
		return e * e + 10 * Math.max(0, e - 0.8);
	}

	/** Where the light giving most on a cheek comes from. */
	private Vec3 strongest(int cheek) {
		double best = 0;
		Vec3 at = null;
		for (int i = 0; i < lamps.size(); i++) {
			double v = lamps.get(i).output * coeff[i][cheek];
			if (v > best) {
				best = v;
				at = lamps.get(i).position();
			}
		}
		double[] each = cheek == SubjectFrame.LEFT ? base.fixedLeft() : base.fixedRight();
		for (int s = 0; s < each.length; s++) {
			if (each[s] > best) {
				best = each[s];
				at = base.light().scene().sources().get(s).position;
			}
		}
		return at;
	}

	/** The light of a lamp at full output on a meter point. */
	double[] coefficients(int lamp) {
		return coeff[lamp];
	}

	/** Puts back a lamp's measured light (after an undone move). */
	void restore(int lamp, double[] c) {
		coeff[lamp] = c;
	}

	private static double stops(double a, double b) {
		return Math.log(Math.max(a, 1e-9) / Math.max(b, 1e-9)) / LOG2;
	}

	private static double log2(double v) {
		return Math.log(v) / LOG2;
	}

	private static double sq(double v) {
		return v * v;
	}
}
