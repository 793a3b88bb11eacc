// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.model.lighting.Gel;

/**
 * The lamps' levels for a rig: the equations of exposure (face), ratio (key cheek against fill cheek),
 * separation (face against background, only with a background lamp) and the back light's rim, each linear in
 * the lamps' outputs, solved with bounds by {@link LevelSolver}; and the gels that bring the lamps, mixed with
 * the light that stays, to the look's colour at the outputs they run at.
 */
final class Levels {
	/** The colour row's weight: a miss of one mired tolerance costs about what a quarter stop of exposure does. */
	private static final double COLOUR_WEIGHT = 0.2;

	private Levels() {
	}

	/**
	 * Sets each lamp's output to the levels that best meet the look, each between 0 and {@code max}; with a kit,
	 * re-gels each lamp for the look's colour at the output it then runs at and solves again.
	 */
	static double[] solve(Rig rig, double max) {
		double[] x = solveLevels(rig, max);
		for (int pass = 0; pass < 2 && rig.kit != null && rig.look.kelvin() > 0; pass++) {
			boolean changed = false;
			double kelvin = lampKelvin(rig);
			for (int i = 0; i < rig.lamps.size(); i++) {
				Lamp l = rig.lamps.get(i);
				Gel g = Kit.gelFor(l.type, kelvin, Math.max(0.05, l.output));
				if (g != l.gel) {
					l.gel = g;
					l.template = rig.kit.template(l.type, g, l.diffusion);
					rig.measure(i);
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
			x = solveLevels(rig, max);
		}
		return x;
	}

	/**
	 * The colour the lamps should have so that, mixed on the face with the light that stays (a warm practical, the
	 * LED wall), the face gets the look's colour.
	 */
	private static double lampKelvin(Rig rig) {
		double fixedFace = rig.base.fixed()[SubjectFrame.FACE];
		double lampFace = 0;
		for (int i = 0; i < rig.lamps.size(); i++) {
			lampFace += rig.lamps.get(i).output * rig.coefficients(i)[SubjectFrame.FACE];
		}
		if (lampFace <= 0 || fixedFace <= 0) {
			return rig.look.kelvin();
		}
		double mired = (1e6 / rig.look.kelvin() * (fixedFace + lampFace) - rig.base.faceMiredLux()) / lampFace;
		return 1e6 / Math.max(30, Math.min(600, mired));
	}

	/** The levels alone, gels as they are. */
	static double[] solveLevels(Rig rig, double max) {
		List<Lamp> lamps = rig.lamps;
		SubjectFrame frame = rig.frame;
		LookTarget look = rig.look;
		double[][] coeff = new double[lamps.size()][];
		for (int i = 0; i < coeff.length; i++) {
			coeff[i] = rig.coefficients(i);
		}
		int n = lamps.size();
		int key = frame.keyCheek(look.keyAzimuth());
		int other = key == SubjectFrame.LEFT ? SubjectFrame.RIGHT : SubjectFrame.LEFT;
		double[] fx = rig.base.fixed();
		double r = Math.max(1, look.keyToFill());
		double s = Math.pow(2, look.separationStops());
		List<double[]> rows = new ArrayList<>();
		List<Double> rhs = new ArrayList<>();
		double t = rig.targetLux;
		row(n, rows, rhs, 1, t, i -> coeff[i][SubjectFrame.FACE], t - fx[SubjectFrame.FACE]);
		row(n, rows, rhs, 1, t, i -> coeff[i][key] - r * coeff[i][other], r * fx[other] - fx[key]);
		if (frame.background != null && !frame.backgroundIsLedWall && rig.index(Lamp.BACKGROUND) >= 0) {
			// only a background lamp can meet the separation without giving up the exposure
			double albedo = frame.backgroundAlbedo;
			row(n, rows, rhs, 1, Actor.SKIN * t, i -> Actor.SKIN * coeff[i][SubjectFrame.FACE] - s * albedo * coeff[i][SubjectFrame.BACKGROUND],
					s * albedo * fx[SubjectFrame.BACKGROUND] - Actor.SKIN * fx[SubjectFrame.FACE]);
		}
		int keyLamp = rig.index(Lamp.KEY);
		int fill = rig.index(Lamp.FILL);
		int back = rig.index(Lamp.BACK);
		if (back >= 0) {
			row(n, rows, rhs, 0.4, t, i -> i == back ? coeff[i][SubjectFrame.RIM] : 0, Rig.RIM_LEVEL * t - fx[SubjectFrame.RIM]);
		}
		if (keyLamp >= 0 && fill >= 0) {
			row(n, rows, rhs, 0.03, t, i -> i == fill ? coeff[i][SubjectFrame.FACE] : i == keyLamp ? -0.5 * coeff[i][SubjectFrame.FACE] : 0, 0);
		}
		if (rig.mixColour && look.kelvin() > 0) {
			// mireds mix linearly with the light on the face: Σ xᵢ·cᵢ·(mᵢ − m) = m·fixed − fixed mired·lux
			double m = 1e6 / look.kelvin();
			double[] mired = new double[n];
			for (int i = 0; i < n; i++) {
				mired[i] = Colouring.mired(rig, i);
			}
			row(n, rows, rhs, COLOUR_WEIGHT, t * Looks.MIRED_TOLERANCE, i -> coeff[i][SubjectFrame.FACE] * (mired[i] - m),
					m * fx[SubjectFrame.FACE] - rig.base.faceMiredLux());
		}
		double[][] a = rows.toArray(new double[0][]);
		double[] b = new double[rhs.size()];
		for (int i = 0; i < b.length; i++) {
			b[i] = rhs.get(i);
		}
		double[] x = LevelSolver.solve(a, b, 0, max);
		for (int i = 0; i < n; i++) {
			lamps.get(i).output = Math.min(1, x[i]);
		}
		return x;
	}

	private static void row(int n, List<double[]> rows, List<Double> rhs, double weight, double scale, java.util.function.IntToDoubleFunction c, double value) {
		double[] row = new double[n];
		for (int i = 0; i < row.length; i++) {
			row[i] = c.applyAsDouble(i) * weight / scale;
		}
		rows.add(row);
		rhs.add(value * weight / scale);
	}
}
