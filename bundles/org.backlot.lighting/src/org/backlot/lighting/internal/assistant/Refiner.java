// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.Vec3;

/**
 * Moves the lamps of a rig a little at a time (coordinate descent on each lamp's azimuth, elevation and distance,
 * steps halving when nothing helps), re-solving the levels after every move, until the model meets the look or
 * the budget is spent. Shadows are in the model, so a lamp blocked by the set moves out of the shadow.
 */
final class Refiner {
	private static final double[] FIRST_STEP = { 12, 8, 0.5 };
	private static final double[] LAST_STEP = { 1.5, 1, 0.06 };

	private Refiner() {
	}

	/** Refines the rig in place; {@code budget} is the number of lamp measurements it may make. */
	static Rig.Model refine(Rig rig, int budget) {
		for (Lamp l : rig.lamps) {
			unblock(rig, l);
		}
		rig.measureAll();
		rig.solve(1);
		Rig.Model m = rig.model();
		int n = rig.lamps.size();
		double[][] step = new double[n][];
		for (int i = 0; i < n; i++) {
			step[i] = FIRST_STEP.clone();
		}
		int start = rig.evaluations;
		while (rig.evaluations - start < budget && !(m.met() && m.objective() < 1.5)) {
			boolean improved = false;
			boolean moving = false;
			for (int i = 0; i < n; i++) {
				for (int k = 0; k < 3; k++) {
					if (step[i][k] < LAST_STEP[k]) {
						continue;
					}
					moving = true;
					Rig.Model better = tryBoth(rig, i, k, step[i][k], m);
					if (better != null) {
						m = better;
						improved = true;
					}
				}
			}
			if (!moving) {
				break;
			}
			if (!improved) {
				for (double[] s : step) {
					for (int k = 0; k < 3; k++) {
						s[k] /= 2;
					}
				}
			}
		}
		rig.solve(1);
		return rig.model();
	}

	/** Tries the parameter one step either way; keeps the better move, or puts the lamp back and returns null. */
	private static Rig.Model tryBoth(Rig rig, int i, int k, double step, Rig.Model current) {
		Lamp lamp = rig.lamps.get(i);
		double old = get(lamp, k);
		double[] oldCoeff = rig.coefficients(i);
		for (int sign = -1; sign <= 1; sign += 2) {
			set(lamp, k, old + sign * step);
			if (get(lamp, k) == old) {
				continue;
			}
			rig.measure(i);
			rig.solve(1);
			Rig.Model m = rig.model();
			if (m.objective() < current.objective() - 1e-9) {
				return m;
			}
		}
		set(lamp, k, old);
		rig.restore(i, oldCoeff);
		rig.solve(1);
		return null;
	}

	/**
	 * When something in the set stands between a lamp and the point it is there for, moves it to the nearest
	 * place round the subject (weighing azimuth and elevation by the look's tolerances) that sees the point and is
	 * out of shot.
	 */
	static void unblock(Rig rig, Lamp l) {
		Vec3 target = target(rig, l);
		if (target == null || clear(rig, l, target)) {
			return;
		}
		double az = l.azimuth;
		double el = l.elevation;
		double d = l.distance;
		double bestCost = Double.POSITIVE_INFINITY;
		double[] best = null;
		for (double f : new double[] { 1, 0.75, 0.5, 0.35 }) {
			for (int da = -90; da <= 90; da += 5) {
				for (int de = -20; de <= 50; de += 5) {
					double a = Math.abs(da) / Looks.AZIMUTH_TOLERANCE;
					double e = Math.abs(de) / Looks.ELEVATION_TOLERANCE;
					double cost = Math.max(a, e) + 0.1 * (a + e) + (1 - f) * 2;
					if (cost >= bestCost || el + de < -15 || el + de > 75) {
						continue;
					}
					l.azimuth = az + da;
					l.elevation = el + de;
					l.distance = Math.max(Lamp.MIN_DISTANCE, d * f);
					if (clear(rig, l, target)) {
						bestCost = cost;
						best = new double[] { l.azimuth, l.elevation, l.distance };
					}
				}
			}
		}
		l.azimuth = best == null ? az : best[0];
		l.elevation = best == null ? el : best[1];
		l.distance = best == null ? d : best[2];
	}

	private static Vec3 target(Rig rig, Lamp l) {
		SubjectFrame f = rig.frame;
		return switch (l.role) {
		case Lamp.KEY -> f.points[f.keyCheek(rig.look.keyAzimuth())];
		case Lamp.FILL -> f.points[SubjectFrame.FACE];
		case Lamp.BACK -> f.points[SubjectFrame.RIM];
		default -> f.background;
		};
	}

	private static boolean clear(Rig rig, Lamp l, Vec3 target) {
		Vec3 p = l.position();
		return !rig.frame.inShot(p) && rig.base.light().visible(p.x(), p.y(), p.z(), target.x(), target.y(), target.z());
	}

	private static double get(Lamp l, int k) {
		return k == 0 ? l.azimuth : k == 1 ? l.elevation : l.distance;
	}

	private static void set(Lamp l, int k, double v) {
		if (k == 0) {
			l.azimuth = v;
		} else if (k == 1) {
			l.elevation = Math.max(-30, Math.min(80, v));
		} else {
			l.distance = Math.max(Lamp.MIN_DISTANCE, Math.min(8, v));
		}
	}
}
