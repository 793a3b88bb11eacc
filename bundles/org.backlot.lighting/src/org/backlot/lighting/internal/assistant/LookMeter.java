// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.ActorReading;
import org.backlot.lighting.api.Exposure;
import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.Readouts;
import org.backlot.lighting.api.Source;
import org.backlot.lighting.api.TargetResult;
import org.backlot.lighting.api.Vec3;

/**
 * Measures how close a lit scene comes to a look, the way the meters of {@link Readouts} read it: exposure is the
 * face's T-stop against the look's, the ratio the cheeks', the colour the face's CCT compared in mireds, the key
 * direction the way to the lamp giving most light on the key-side cheek, the separation Readouts' own.
 */
public final class LookMeter {
	/** Unit of an error in stops. */
	public static final String STOPS = "stop"; //$NON-NLS-1$
	/** Unit of an error in kelvin. */
	public static final String KELVIN = "K"; //$NON-NLS-1$
	/** Unit of an error in degrees. */
	public static final String DEGREES = "\u00b0"; //$NON-NLS-1$
	/** Stand-in for an unbounded figure (no background seen, no light at all), so that results stay finite. */
	public static final double UNBOUNDED = 99;

	private LookMeter() {
	}

	/** The key's direction round the subject: azimuth and elevation in degrees, and the source; null when no light reaches a cheek. */
	public record KeyDirection(double azimuth, double elevation, Source source) {
	}

	/**
	 * The results in a fixed order: exposure, ratio, colour (only when the look has a colour), key azimuth, key
	 * elevation, separation.
	 */
	public static List<TargetResult> measure(LookTarget look, Illuminance light, Actor subject) {
		LightScene scene = light.scene();
		SubjectFrame frame = new SubjectFrame(scene, subject);
		ActorReading r = Readouts.of(light, subject);
		List<TargetResult> out = new ArrayList<>();
		double wantedLux = Exposure.lux(look.tStop(), scene.iso(), scene.shutterSeconds());
		double exposure = r.faceLux() > 0 ? Exposure.stops(r.faceLux(), wantedLux) : -UNBOUNDED;
		out.add(new TargetResult(Messages.targetExposure, STOPS, look.tStop(), r.tStop(), exposure, Math.abs(exposure) <= Looks.STOP_TOLERANCE));
		double ratioError = r.ratioStops() - log2(Math.max(1, look.keyToFill()));
		out.add(new TargetResult(Messages.targetRatio, STOPS, look.keyToFill(), r.ratio(), ratioError, Math.abs(ratioError) <= Looks.STOP_TOLERANCE));
		if (look.kelvin() > 0) {
			double k = r.kelvin();
			boolean met = k > 0 && Math.abs(miredError(look.kelvin(), k)) <= Looks.MIRED_TOLERANCE;
			out.add(new TargetResult(Messages.targetColour, KELVIN, look.kelvin(), k, k > 0 ? k - look.kelvin() : -look.kelvin(), met));
		}
		KeyDirection key = keyDirection(light, frame);
		double az = key == null ? Double.NaN : key.azimuth();
		double el = key == null ? Double.NaN : key.elevation();
		double azError = key == null ? 180 : SubjectFrame.angleDifference(az, look.keyAzimuth());
		double elError = key == null ? 90 : el - look.keyElevation();
		out.add(new TargetResult(Messages.targetAzimuth, DEGREES, look.keyAzimuth(), key == null ? 0 : round(az), round(azError),
				Math.abs(azError) <= Looks.AZIMUTH_TOLERANCE));
		out.add(new TargetResult(Messages.targetElevation, DEGREES, look.keyElevation(), key == null ? 0 : round(el), round(elError),
				Math.abs(elError) <= Looks.ELEVATION_TOLERANCE));
		double sep = r.separationStops();
		boolean noBackground = Double.isInfinite(sep) && sep > 0;
		double sepAchieved = bounded(sep);
		double sepError = noBackground ? 0 : sepAchieved - look.separationStops();
		boolean sepMet = noBackground ? look.separationStops() >= 0 : Math.abs(sepError) <= Looks.STOP_TOLERANCE;
		out.add(new TargetResult(Messages.targetSeparation, STOPS, look.separationStops(), sepAchieved, sepError, sepMet));
		return out;
	}

	/** Where the light giving most on the brighter cheek comes from, round the subject. */
	public static KeyDirection keyDirection(Illuminance light, SubjectFrame frame) {
		Illuminance.Reading l = light.at(frame.points[SubjectFrame.LEFT], frame.normals[SubjectFrame.LEFT]);
		Illuminance.Reading r = light.at(frame.points[SubjectFrame.RIGHT], frame.normals[SubjectFrame.RIGHT]);
		double[] each = (l.lux() >= r.lux() ? l : r).perSource();
		int best = -1;
		for (int i = 0; i < each.length; i++) {
			if (each[i] > 0 && (best < 0 || each[i] > each[best])) {
				best = i;
			}
		}
		if (best < 0) {
			return null;
		}
		Source s = light.scene().sources().get(best);
		Vec3 p = s.position;
		return new KeyDirection(frame.azimuthOf(p), frame.elevationOf(p), s);
	}

	/** The difference in mireds between a wanted and an achieved colour temperature (positive: warmer than wanted). */
	public static double miredError(double wantedKelvin, double achievedKelvin) {
		return 1e6 / achievedKelvin - 1e6 / wantedKelvin;
	}

	static double bounded(double v) {
		return Double.isNaN(v) ? 0 : Math.max(-UNBOUNDED, Math.min(UNBOUNDED, v));
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	private static double log2(double v) {
		return Math.log(v) / Math.log(2);
	}
}
