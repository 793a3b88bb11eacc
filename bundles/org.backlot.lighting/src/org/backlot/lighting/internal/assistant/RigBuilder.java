// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.BeamDistribution;
import org.backlot.lighting.api.Colour;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.Source;
import org.backlot.lighting.api.Vec3;
import org.backlot.model.lighting.FixtureKind;

/**
 * Lays out the lamps a look asks for round the subject: the key at the look's angles, the fill beside the camera
 * on the other side, a back light behind opposite the key when the subject should stand out, and a background
 * lamp when the set behind is darker than the look wants. It first measures how much light each role needs with
 * stand-in lamps, then picks types from the stock for that.
 */
final class RigBuilder {
	/** Reference distance of the stand-in lamps. */
	private static final double REF = 2.5;
	private static final double UNIT_CANDELA = 10000;

	private final SubjectFrame frame;
	private final LookTarget look;
	private final Rig.Baseline base;
	private final Kit kit;
	private final double[] box;
	private final Source unit;
	boolean background;
	private double[] needs;

	RigBuilder(SubjectFrame frame, LookTarget look, Rig.Baseline base, Kit kit) {
		this.frame = frame;
		this.look = look;
		this.base = base;
		this.kit = kit;
		this.box = new double[] { 0.3, 0.3, 0.4, frame.scene.widthM() - 0.3, frame.scene.depthM() - 0.3, frame.scene.heightM() - 0.25 };
		this.unit = new Source("unit", "", Vec3.ZERO, new Vec3(1, 0, 0), 0, 0, UNIT_CANDELA, new BeamDistribution(60, 100), 5600, 0, //$NON-NLS-1$ //$NON-NLS-2$
				Colour.xyOf(5600, 0), false);
	}

	/** How soft the key should be for the look. */
	Kit.Softness keySoftness() {
		if (Looks.GOLDEN_HOUR.equals(look.id())) {
			return Kit.Softness.HARD;
		}
		if (Looks.MOONLIGHT.equals(look.id())) {
			return Kit.Softness.EITHER;
		}
		return look.keyToFill() <= 2.5 ? Kit.Softness.SOFT : look.keyToFill() >= 6 ? Kit.Softness.HARD : Kit.Softness.EITHER;
	}

	private boolean frontal() {
		return Math.abs(look.keyAzimuth()) < 10;
	}

	private double fillDistance() {
		return frontal() ? 1.6 : Math.max(1.5, Math.min(3.5, frame.cameraDistance * 0.85));
	}

	/** Stand-in lamps for every role, their needs measured; decides whether a background lamp is wanted. */
	void measureNeeds() {
		Rig rig = standIns(false);
		rig.measureAll();
		rig.solve(Double.POSITIVE_INFINITY);
		Rig.Model m = rig.model();
		if (frame.background != null && !frame.backgroundIsLedWall && m.separation() > Looks.STOP_TOLERANCE * 0.8) {
			background = true;
			rig = standIns(true);
			rig.measureAll();
		}
		double[] x = rig.solve(Double.POSITIVE_INFINITY);
		needs = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			needs[i] = x[i] * UNIT_CANDELA;
		}
	}

	private Rig standIns(boolean withBackground) {
		Rig rig = new Rig(frame, look, base);
		for (String role : roles(withBackground)) {
			Lamp l = lamp(role, REF);
			l.template = unit;
			rig.lamps.add(l);
			Refiner.unblock(rig, l);
		}
		return rig;
	}

	private List<String> roles(boolean withBackground) {
		List<String> roles = new ArrayList<>(List.of(Lamp.KEY, Lamp.FILL));
		if (look.separationStops() >= 0.5) {
			roles.add(Lamp.BACK);
		}
		if (withBackground) {
			roles.add(Lamp.BACKGROUND);
		}
		return roles;
	}

	/** A lamp for a role at its place in the look, {@code keyDistance} from the face for key and back. */
	private Lamp lamp(String role, double keyDistance) {
		double side = look.keyAzimuth() >= 0 ? 1 : -1;
		return switch (role) {
		case Lamp.KEY -> new Lamp(role, null, frame.head, frame.toCamera, look.keyAzimuth(), look.keyElevation(), keyDistance, box);
		case Lamp.FILL -> new Lamp(role, null, frame.head, frame.toCamera, frontal() ? 0 : -side * 25, frontal() ? -15 : 10, fillDistance(), box);
		case Lamp.BACK -> new Lamp(role, null, frame.head, frame.toCamera, -side * 145, 45, keyDistance, box);
		default -> {
			Vec3 n = SubjectFrame.flat(frame.normals[SubjectFrame.BACKGROUND]);
			double room = frame.background.minus(frame.head).length();
			yield new Lamp(role, null, frame.background, n.length() > 0 ? n : frame.toCamera, side * 40, 35, Math.max(1.2, Math.min(3, room * 0.7)),
					box);
		}
		};
	}

	/** Up to {@code max} rigs, each with a different key type (another kind where the stock has one), best key first. */
	List<Rig> candidates(int max) {
		List<String> roles = roles(background);
		double kelvin = look.kelvin();
		List<Kit.Choice> keys = kit.ranked(keySoftness(), needs[0], REF, Double.NaN, kelvin);
		List<Kit.Choice> picked = new ArrayList<>();
		for (Kit.Choice c : keys) {
			if (picked.size() < max && picked.stream().noneMatch(p -> p.type().getKind() == c.type().getKind())) {
				picked.add(c);
			}
		}
		for (Kit.Choice c : keys) {
			if (picked.size() < max && !picked.contains(c)) {
				picked.add(c);
			}
		}
		List<Rig> out = new ArrayList<>();
		for (Kit.Choice key : picked) {
			Kit k = kit.copy();
			Rig rig = new Rig(frame, look, base);
			rig.kit = kit;
			for (int i = 0; i < roles.size(); i++) {
				String role = roles.get(i);
				Kit.Choice c = role.equals(Lamp.KEY) ? key : choose(k, role, needs[i], kelvin);
				if (c == null || (!role.equals(Lamp.KEY) && needs[i] < needs[0] * 0.005 && !role.equals(Lamp.FILL))) {
					continue;
				}
				k.take(c.type());
				rig.lamps.add(place(role, c, needs[i]));
			}
			out.add(rig);
		}
		return out;
	}

	private Kit.Choice choose(Kit k, String role, double need, double kelvin) {
		Lamp l = lamp(role, REF);
		Kit.Softness want = switch (role) {
		case Lamp.FILL -> Kit.Softness.SOFT;
		case Lamp.BACK -> Kit.Softness.HARD;
		default -> Kit.Softness.EITHER;
		};
		double d = role.equals(Lamp.BACK) ? Double.NaN : l.distance;
		List<Kit.Choice> ranked = k.ranked(want, need, REF, d, kelvin);
		return ranked.isEmpty() ? null : ranked.get(0);
	}

	/** The lamp of a chosen type, at a distance where it runs at about two thirds of its output. */
	private Lamp place(String role, Kit.Choice c, double need) {
		Lamp nominal = lamp(role, c.distance());
		double d = nominal.distance;
		Lamp l = lamp(role, d);
		l.gel = c.gel();
		l.diffusion = c.diffusion();
		l.template = kit.template(c.type(), c.gel(), c.diffusion());
		Lamp typed = new Lamp(role, c.type(), l.anchor, l.forward, l.wantedAzimuth, l.wantedElevation, d, box);
		typed.gel = l.gel;
		typed.diffusion = l.diffusion;
		typed.template = l.template;
		double needHere = need * (d / REF) * (d / REF);
		if (needHere > 0) {
			double ideal = d * Math.sqrt(typed.template.candela * 0.65 / needHere);
			boolean hard = !Kit.soft(c.type()) && c.type().getKind() != FixtureKind.LED_TUBE;
			double far = role.equals(Lamp.FILL) || role.equals(Lamp.BACKGROUND) ? Math.max(d, 4) : hard ? 6 : d * 1.3;
			typed.distance = Math.max(hard ? 1.5 : Lamp.MIN_DISTANCE, Math.min(far, ideal));
		}
		return typed;
	}
}
