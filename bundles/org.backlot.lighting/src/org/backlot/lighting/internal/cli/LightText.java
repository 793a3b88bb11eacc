// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.backlot.lighting.api.ActorReading;
import org.backlot.lighting.api.Exposure;
import org.backlot.lighting.api.GearLine;
import org.backlot.lighting.api.GearList;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.PlacedFixture;
import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.api.Quality;
import org.backlot.model.lighting.LightingSetup;
import org.eclipse.osgi.util.NLS;

/** The plain-text output of the light command. */
final class LightText {
	private LightText() {
	}

	static void list(PrintStream out, String file, List<LightingSetup> setups) {
		if (setups.isEmpty()) {
			out.println(NLS.bind(Messages.noSetups, file));
			return;
		}
		out.println(NLS.bind(Messages.listHeader, file));
		for (LightingSetup s : setups) {
			String none = Messages.none;
			out.println(NLS.bind(Messages.listLine, new Object[] { s.getId(), s.getName(),
					s.getCameraSetup() == null ? none : s.getCameraSetup().getName(), s.getLook() == null ? none : s.getLook().getName(), s.getFixtures().size() }));
		}
	}

	static void setup(PrintStream out, LightingSetup setup, LightScene scene, Quality quality, List<ActorReading> readings, List<GearLine> gear) {
		String none = Messages.none;
		out.println(NLS.bind(Messages.header, new Object[] { setup.getName(), Math.round(scene.iso()),
				Math.round(1 / scene.shutterSeconds()), Exposure.format(scene.shootingStop()), setup.getLook() == null ? none : setup.getLook().getName(),
				LightCommand.name(quality) }));
		out.println(Messages.actorsHeader);
		if (readings.isEmpty()) {
			out.println(Messages.noActors);
		}
		for (ActorReading r : readings) {
			out.println(NLS.bind(Messages.actorLine,
					new Object[] { r.inFrame() ? r.name() : NLS.bind(Messages.notInFrame, r.name()), Math.round(r.faceLux()), Exposure.format(r.tStop()), signed(r.exposureStops()), one(r.ratio()), one(r.ratioStops()),
							Math.round(r.kelvin()), String.format(Locale.ROOT, "%+.3f", r.duv()), signed(r.separationStops()) })); //$NON-NLS-1$
			for (String w : r.inFrame() ? r.warnings() : List.<String>of()) {
				out.println(NLS.bind(Messages.warningLine, w));
			}
		}
		out.println(Messages.gearHeader);
		for (GearLine g : gear) {
			out.println(NLS.bind(Messages.gearLine,
					new Object[] { g.count(), g.type().getName(), Math.round(g.watts()), g.inStock() }));
		}
		out.println(NLS.bind(Messages.totalPower, String.format(Locale.ROOT, "%.1f", GearList.totalWatts(gear) / 1000))); //$NON-NLS-1$
		List<GearLine> missing = gear.stream().filter(g -> g.shortfall() > 0).toList();
		if (missing.isEmpty()) {
			out.println(Messages.shortfallNone);
		}
		for (GearLine g : missing) {
			out.println(NLS.bind(Messages.shortfallLine, g.shortfall(), g.type().getName()));
		}
		if (!scene.problems().isEmpty()) {
			out.println(Messages.problemsHeader);
			scene.problems().forEach(p -> out.println(NLS.bind(Messages.problemLine, p)));
		}
	}

	static void proposals(PrintStream out, LightJson.LookJson look, List<Proposal> proposals) {
		String colour = look.kelvin() > 0 ? NLS.bind(Messages.colourTarget, Math.round(look.kelvin()))
				: Messages.noColour;
		out.println(NLS.bind(Messages.lookHeader, new Object[] { look.name(), Exposure.format(look.tStop()),
				one(look.keyToFill()), Math.round(look.keyAzimuth()), Math.round(look.keyElevation()), colour, one(look.separationStops()), look.subject() }));
		look.problems().forEach(p -> out.println(NLS.bind(Messages.advisorProblem, p)));
		if (proposals.isEmpty()) {
			out.println(Messages.noProposal);
		}
		for (int i = 0; i < proposals.size(); i++) {
			Proposal p = proposals.get(i);
			long missed = p.results().stream().filter(r -> !r.met()).count();
			String state = missed == 0 ? Messages.allMet
					: NLS.bind(Messages.someMissed, missed, p.results().size());
			out.println(NLS.bind(Messages.proposalLine,
					new Object[] { i + 1, p.title(), String.format(Locale.ROOT, "%.2f", p.score()), state })); //$NON-NLS-1$
			for (PlacedFixture f : p.fixtures()) {
				out.println(NLS.bind(Messages.proposalFixture, org.backlot.lighting.internal.assistant.Messages.role(f.role()),
						String.format(Locale.ROOT, "%s (%.2f, %.2f, %.2f) pan %.1f tilt %.1f dimmer %.3f", f.type().getName(), f.x(), f.y(), f.z(), //$NON-NLS-1$
								f.pan(), f.tilt(), f.dimmer())));
			}
			for (String line : p.explanation()) {
				out.println(NLS.bind(Messages.explanationLine, line));
			}
		}
	}

	private static String one(double v) {
		return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "-"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String signed(double v) {
		return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.1f", v) : "-"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
