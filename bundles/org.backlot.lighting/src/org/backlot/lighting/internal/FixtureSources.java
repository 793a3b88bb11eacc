// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.backlot.lighting.api.Colour;
import org.backlot.lighting.api.Diffusion;
import org.backlot.lighting.api.Dimmers;
import org.backlot.lighting.api.Distribution;
import org.backlot.lighting.api.Distributions;
import org.backlot.lighting.api.Gels;
import org.backlot.lighting.api.Source;
import org.backlot.lighting.api.Vec3;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.eclipse.osgi.util.NLS;

/** Turns a placed fixture into a {@link Source}: its type's photometry through dimmer, gel and diffusion. */
public final class FixtureSources {
	private FixtureSources() {
	}

	/** The source of a fixture, or null (reported) when it has no type. */
	public static Source of(Fixture f, Path baseDir, Consumer<String> problems) {
		FixtureType type = f.getType();
		if (type == null) {
			problems.accept(NLS.bind(Messages.noType, f.getName()));
			return null;
		}
		return of(type, f.getId(), f.getName(), new Vec3(f.getX(), f.getY(), f.getZ()), Vec3.ofAngles(f.getPan(), f.getTilt()), f.getDimmer(),
				f.getGel(), f.getDiffusion(), baseDir, problems);
	}

	/** The source of a fixture type placed and set this way. */
	public static Source of(FixtureType type, String id, String name, Vec3 position, Vec3 axis, double dimmer, Gel gel, double diffusion, Path baseDir,
			Consumer<String> problems) {
		Distribution dist = Distributions.of(type, baseDir, problems);
		double beam = type.getBeamAngle() > 0 ? type.getBeamAngle() : 40;
		double field = type.getFieldAngle() > beam ? type.getFieldAngle() : beam * 1.5;
		double peak = dist.peakCandela() > 0 ? dist.peakCandela() : type.getCandela();
		double d = Math.max(0, Math.min(1, diffusion));
		if (d > 0) {
			peak *= Diffusion.peakFactor(beam, d);
			dist = Diffusion.widen(dist, beam, field, d);
		}
		double output = Dimmers.output(type.getDimmerCurve(), dimmer);
		Gel g = gel == null ? Gel.NONE : gel;
		double candela = peak * output * Gels.transmission(g);
		double kelvin;
		double duv;
		double[] xy;
		if (type.getColour() != null && type.getColour().matches("#?[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			xy = Colour.xyOfHex(type.getColour());
			double[] cd = Colour.cctDuvOfXy(xy[0], xy[1]);
			kelvin = cd[0];
			duv = cd[1];
		} else {
			kelvin = type.getCct() > 0 ? type.getCct() : 5600;
			if (incandescent(type)) {
				kelvin = Dimmers.tungstenCct(kelvin, output);
			}
			kelvin = Gels.apply(g, kelvin);
			duv = Gels.duvShift(g);
			xy = Colour.xyOf(kelvin, duv);
		}
		double w = Diffusion.sizeM(type.getSoftWidthM(), d);
		double h = Diffusion.sizeM(type.getSoftHeightM(), d);
		return new Source(id, name, position, axis, w, h, candela, dist, kelvin, duv, xy, false);
	}

	/** Whether the lamp is a filament lamp whose colour warms as it dims. */
	static boolean incandescent(FixtureType type) {
		FixtureKind k = type.getKind();
		return k == FixtureKind.FRESNEL_TUNGSTEN || k == FixtureKind.PRACTICAL || (k == FixtureKind.ELLIPSOIDAL || k == FixtureKind.PAR || k == FixtureKind.SOFTBOX)
				&& type.getCct() > 0 && type.getCct() <= 3400;
	}
}
