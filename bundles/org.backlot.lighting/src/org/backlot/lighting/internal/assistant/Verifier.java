// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Dimmers;
import org.backlot.lighting.api.Gels;
import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.PlacedFixture;
import org.backlot.lighting.api.Quality;
import org.backlot.lighting.api.Source;
import org.backlot.lighting.api.TargetResult;
import org.backlot.lighting.api.Vec3;
import org.backlot.lighting.internal.FixtureSources;
import org.backlot.model.lighting.DimmerCurve;

/**
 * Turns a refined rig into the fixtures as they would be saved (positions to the centimetre, angles to a tenth
 * of a degree, dimmer through the type's curve) and measures them exactly as the scene will be measured once
 * applied: the real sources, with shadows, through {@link LookMeter}.
 */
final class Verifier {
	/** Lamps running below this share of their output are left out. */
	static final double OFF = 0.005;

	/** The fixtures, the readings against the look, and the score (lower is better: targets first, then habits and power). */
	record Result(List<PlacedFixture> fixtures, List<Source> sources, List<TargetResult> results, double score) {
		boolean met() {
			return results.stream().allMatch(TargetResult::met);
		}
	}

	private Verifier() {
	}

	static Result verify(Rig rig, Path baseDir) {
		List<PlacedFixture> fixtures = new ArrayList<>();
		List<Source> lamps = new ArrayList<>();
		double watts = 0;
		double habit = 0;
		for (int i = 0; i < rig.lamps.size(); i++) {
			Lamp l = rig.lamps.get(i);
			if (l.output < OFF) {
				continue;
			}
			Vec3 p = l.position();
			p = new Vec3(round(p.x(), 100), round(p.y(), 100), round(p.z(), 100));
			Vec3 axis = rig.lamps.get(i).anchor.minus(p).unit();
			double pan = round(axis.panDegrees(), 10);
			double tilt = round(axis.tiltDegrees(), 10);
			double dimmer = Math.max(0.001, round(level(l.type.getDimmerCurve(), l.output), 1000));
			fixtures.add(new PlacedFixture(l.type, l.role, p.x(), p.y(), p.z(), pan, tilt, dimmer, l.gel, l.diffusion));
			lamps.add(FixtureSources.of(l.type, "assistant-" + i, Messages.role(l.role), p, Vec3.ofAngles(pan, tilt), dimmer, l.gel, l.diffusion, //$NON-NLS-1$
					baseDir, x -> {
						// reported when the scene is compiled
					}));
			watts += l.type.getPowerW();
			// ties go to the rig a gaffer would rather rig: tungsten not dimmed so far that it turns orange, light gels
			habit += (Kit.tungsten(l.type) ? Math.max(0, 0.3 - l.output) * 2 : 0) + (1 - Gels.transmission(l.gel)) * 0.3;
		}
		LightScene base = rig.base.light().scene();
		List<Source> all = new ArrayList<>(base.sources());
		all.addAll(lamps);
		Illuminance light = new Illuminance(base.withSources(all), Quality.HARD_SHADOWS);
		List<TargetResult> results = LookMeter.measure(rig.look, light, rig.frame.subject);
		return new Result(fixtures, lamps, results, score(results) + habit + watts / 50000);
	}

	/** How far the results are from the look: the sum of squared errors in tolerances. */
	static double score(List<TargetResult> results) {
		double s = 0;
		for (TargetResult r : results) {
			double tol = switch (r.unit()) {
			case LookMeter.KELVIN -> 0;
			case LookMeter.DEGREES -> r.target().equals(Messages.targetAzimuth) ? Looks.AZIMUTH_TOLERANCE : Looks.ELEVATION_TOLERANCE;
			default -> Looks.STOP_TOLERANCE;
			};
			double e;
			if (tol == 0) {
				e = r.achieved() > 0 ? LookMeter.miredError(r.wanted(), r.achieved()) / Looks.MIRED_TOLERANCE : 10;
			} else {
				e = r.error() / tol;
			}
			s += Math.min(100, e * e);
		}
		return s;
	}

	/** The dimmer setting that gives this share of full output on a curve. */
	static double level(DimmerCurve curve, double output) {
		if (output >= 1) {
			return 1;
		}
		if (output <= 0) {
			return 0;
		}
		double lo = 0;
		double hi = 1;
		for (int i = 0; i < 50; i++) {
			double mid = (lo + hi) / 2;
			if (Dimmers.output(curve, mid) < output) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return (lo + hi) / 2;
	}

	private static double round(double v, double per) {
		return Math.round(v * per) / per;
	}
}
