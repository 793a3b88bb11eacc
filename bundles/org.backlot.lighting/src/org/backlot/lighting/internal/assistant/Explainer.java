// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.Exposure;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.PlacedFixture;
import org.backlot.lighting.api.TargetResult;
import org.backlot.lighting.api.Vec3;
import org.eclipse.osgi.util.NLS;

/** Says in plain words what the advisor did: each lamp, where and why, the colour, and how close each target is. */
final class Explainer {
	private Explainer() {
	}

	static List<String> explain(Rig rig, Verifier.Result v) {
		LookTarget look = rig.look;
		SubjectFrame frame = rig.frame;
		List<String> out = new ArrayList<>();
		String subject = frame.subject.name();
		List<String> gels = new ArrayList<>();
		for (PlacedFixture f : v.fixtures()) {
			Vec3 p = new Vec3(f.x(), f.y(), f.z());
			String diffusion = f.diffusion() > 0 ? NLS.bind(Messages.lampDiffusion, Math.round(f.diffusion() * 100)) : ""; //$NON-NLS-1$
			String role = Messages.role(f.role());
			String dimmer = Long.toString(Math.round(f.dimmer() * 100));
			if (f.role().equals(Lamp.BACKGROUND)) {
				double d = frame.background == null ? 0 : p.minus(frame.background).length();
				out.add(NLS.bind(Messages.lampLineBackground, new Object[] { role, f.type().getName(), one(d), subject, dimmer, Messages.gel(f.gel()), diffusion }));
			} else {
				double az = frame.azimuthOf(p);
				String side = Math.abs(az) < 3 ? Messages.sideFront
						: NLS.bind(az > 0 ? Messages.sideLeft : Messages.sideRight, Long.toString(Math.round(Math.abs(az))));
				out.add(NLS.bind(Messages.lampLine, new Object[] { role, f.type().getName(), one(p.minus(frame.head).length()), subject, side,
						Long.toString(Math.round(frame.elevationOf(p))), dimmer, Messages.gel(f.gel()), diffusion }));
			}
			gels.add(role + " " + Messages.gel(f.gel())); //$NON-NLS-1$
			out.add(why(rig, f));
		}
		if (look.kelvin() > 0) {
			out.add(NLS.bind(Messages.whyColour, new Object[] { Math.round(achieved(v, LookMeter.KELVIN)), Math.round(look.kelvin()), String.join(", ", gels) })); //$NON-NLS-1$
			out.addAll(Colouring.explain(rig, v));
		} else {
			out.add(Messages.whyColourNone);
		}
		LightScene scene = rig.base.light().scene();
		if (!scene.sources().isEmpty()) {
			out.add(Messages.whyPractical);
		}
		if (Looks.LED_VOLUME.equals(look.id())) {
			out.add(scene.ledWall() == null ? Messages.whyNoLedWall
					: NLS.bind(Messages.whyLedWall, new Object[] { Math.round(look.kelvin()), Math.round(scene.ledWall().nits()), Exposure.format(look.tStop()) }));
		}
		int key = rig.index(Lamp.KEY);
		if (key >= 0) {
			Lamp k = rig.lamps.get(key);
			double off = Math.max(Math.abs(SubjectFrame.angleDifference(k.azimuth, k.wantedAzimuth)), Math.abs(k.elevation - k.wantedElevation));
			if (off > 8) {
				out.add(NLS.bind(Messages.whyMoved, Messages.roleKey, Math.round(off)));
			}
			TargetResult exposure = v.results().get(0);
			if (!exposure.met() && exposure.error() < 0 && k.output >= 0.99) {
				out.add(NLS.bind(Messages.stockShort, Exposure.format(exposure.wanted()), Exposure.format(exposure.achieved())));
			}
		}
		background(rig, v, out);
		for (TargetResult r : v.results()) {
			out.add(line(r));
		}
		return out;
	}

	/** Why the separation is missed when the background is lit by what stays, or is the LED wall. */
	private static void background(Rig rig, Verifier.Result v, List<String> out) {
		SubjectFrame frame = rig.frame;
		TargetResult sep = v.results().get(v.results().size() - 1);
		String stop = Exposure.format(rig.look.tStop());
		if (frame.backgroundIsLedWall) {
			LightScene scene = rig.base.light().scene();
			out.add(NLS.bind(Messages.whyBackgroundLed,
					new Object[] { frame.subject.name(), Math.round(scene.ledWall().nits()), stop, one(sep.achieved()) }));
			return;
		}
		double fixedBg = rig.base.fixed()[SubjectFrame.BACKGROUND];
		if (sep.met() || sep.error() > 0 || frame.background == null || fixedBg <= 0) {
			return;
		}
		double best = Math.log(Actor.SKIN * rig.targetLux / (frame.backgroundAlbedo * fixedBg)) / Math.log(2);
		if (best < rig.look.separationStops() - Looks.STOP_TOLERANCE) {
			out.add(NLS.bind(Messages.whyBackgroundBright, new Object[] { frame.subject.name(), Math.round(fixedBg), stop, one(best) }));
		}
	}

	private static String why(Rig rig, PlacedFixture f) {
		LookTarget look = rig.look;
		return switch (f.role()) {
		case Lamp.KEY -> NLS.bind(Kit.soft(f.type()) || f.diffusion() > 0 ? Messages.whyKeySoft : Messages.whyKeyHard,
				new Object[] { f.type().getName(), one(look.keyToFill()), look.name(), Math.round(look.keyAzimuth()), Math.round(look.keyElevation()) });
		case Lamp.FILL -> Math.abs(look.keyAzimuth()) < 10 ? Messages.whyFillUnder : NLS.bind(Messages.whyFill, one(look.keyToFill()));
		case Lamp.BACK -> Messages.whyBack;
		default -> NLS.bind(Messages.whyBackground, rig.frame.subject.name(), one(look.separationStops()));
		};
	}

	/** One target as a line: wanted, reached, the error and whether it is met. */
	static String line(TargetResult r) {
		String wanted;
		String achieved;
		String error;
		if (r.target().equals(Messages.targetExposure)) {
			wanted = Exposure.format(r.wanted());
			achieved = Exposure.format(r.achieved());
			error = signed(r.error()) + " " + Messages.stops; //$NON-NLS-1$
		} else if (r.target().equals(Messages.targetRatio)) {
			wanted = one(r.wanted()) + ":1"; //$NON-NLS-1$
			achieved = one(r.achieved()) + ":1"; //$NON-NLS-1$
			error = signed(r.error()) + " " + Messages.stops; //$NON-NLS-1$
		} else if (LookMeter.KELVIN.equals(r.unit())) {
			wanted = Math.round(r.wanted()) + " K"; //$NON-NLS-1$
			achieved = Math.round(r.achieved()) + " K"; //$NON-NLS-1$
			error = (r.error() >= 0 ? "+" : "") + Math.round(r.error()) + " K"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (LookMeter.DEGREES.equals(r.unit())) {
			wanted = Math.round(r.wanted()) + LookMeter.DEGREES;
			achieved = Math.round(r.achieved()) + LookMeter.DEGREES;
			error = (r.error() >= 0 ? "+" : "") + Math.round(r.error()) + LookMeter.DEGREES; //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			wanted = one(r.wanted());
			achieved = one(r.achieved());
			error = signed(r.error()) + " " + Messages.stops; //$NON-NLS-1$
		}
		return NLS.bind(Messages.resultLine, new Object[] { r.target(), wanted, achieved, error, r.met() ? Messages.met : Messages.notMet });
	}

	private static double achieved(Verifier.Result v, String unit) {
		return v.results().stream().filter(r -> unit.equals(r.unit())).mapToDouble(TargetResult::achieved).findFirst().orElse(0);
	}

	private static String one(double v) {
		return String.format(Locale.ROOT, "%.1f", v); //$NON-NLS-1$
	}

	private static String signed(double v) {
		return String.format(Locale.ROOT, "%+.2f", v); //$NON-NLS-1$
	}
}
