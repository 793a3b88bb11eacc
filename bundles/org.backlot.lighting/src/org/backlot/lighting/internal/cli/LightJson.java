// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.cli;

import java.util.List;

import org.backlot.lighting.api.ActorReading;
import org.backlot.lighting.api.GearLine;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.PlacedFixture;
import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.api.TargetResult;
import org.backlot.model.lighting.LightingSetup;

/**
 * What {@code light --json} prints: the set-up's per-actor readings, gear, power, stock shortfall and problems,
 * the look run when asked for, and whether a picture or the file was written. Figures without a bound (no
 * light, nothing behind the actor) are null.
 *
 * @param file          the production file
 * @param setup         the set-up's name
 * @param setupId       its id
 * @param iso           camera sensitivity
 * @param shutterSeconds shutter time
 * @param shootingStop  the stop the set-up is lit for
 * @param look          the set-up's look, or null
 * @param quality       how the readings were computed
 * @param actors        per-actor readings
 * @param gear          lamps by type
 * @param totalWatts    their power
 * @param shortfall     lines the studio cannot cover
 * @param problems      what could not be read or placed
 * @param lookRun       the assistant's proposals when --look was given
 * @param rendered      the picture written, or null
 * @param saved         whether the file was written (--apply)
 */
record LightJson(String file, String setup, String setupId, double iso, double shutterSeconds, double shootingStop, String look, String quality,
		List<ActorJson> actors, List<GearJson> gear, double totalWatts, List<GearJson> shortfall, List<String> problems, LookJson lookRun,
		String rendered, boolean saved) {

	/** One actor's meter readings. */
	record ActorJson(String id, String name, double lux, double tStop, Double exposureStops, double ratio, double ratioStops, double kelvin, double duv,
			String keySource, Double separationStops, List<String> warnings, boolean inFrame) {
		static ActorJson of(ActorReading r) {
			return new ActorJson(r.actorId(), r.name(), r.faceLux(), r.tStop(), finite(r.exposureStops()), r.ratio(), r.ratioStops(), r.kelvin(), r.duv(),
					r.keySource(), finite(r.separationStops()), r.warnings(), r.inFrame());
		}
	}

	/** One gear line. */
	record GearJson(String type, String kind, int count, int inStock, int shortfall, double watts) {
		static GearJson of(GearLine g) {
			return new GearJson(g.type().getName(), g.type().getKind() == null ? null : g.type().getKind().getLiteral(), g.count(), g.inStock(),
					g.shortfall(), g.watts());
		}
	}

	/** The look asked for, its subject and the proposals, best first. */
	record LookJson(String id, String name, double tStop, double keyToFill, double kelvin, double keyAzimuth, double keyElevation, double separationStops,
			String subject, List<ProposalJson> proposals, List<String> problems, boolean applied) {
		static LookJson of(LookTarget t, String subject, List<Proposal> proposals, List<String> problems, boolean applied) {
			return new LookJson(t.id(), t.name(), t.tStop(), t.keyToFill(), t.kelvin(), t.keyAzimuth(), t.keyElevation(), t.separationStops(), subject,
					proposals.stream().map(ProposalJson::of).toList(), problems, applied);
		}
	}

	/** One proposal. */
	record ProposalJson(String advisor, String title, double score, boolean meetsAll, List<String> explanation, List<FixtureJson> fixtures,
			List<TargetJson> targets) {
		static ProposalJson of(Proposal p) {
			return new ProposalJson(p.advisorId(), p.title(), finite(p.score()), p.meetsAll(), p.explanation(),
					p.fixtures().stream().map(FixtureJson::of).toList(), p.results().stream().map(TargetJson::of).toList());
		}
	}

	/** One proposed lamp. */
	record FixtureJson(String type, String role, double x, double y, double z, double pan, double tilt, double dimmer, String gel, double diffusion) {
		static FixtureJson of(PlacedFixture f) {
			return new FixtureJson(f.type().getName(), f.role(), f.x(), f.y(), f.z(), f.pan(), f.tilt(), f.dimmer(), f.gel() == null ? null : f.gel().getLiteral(),
					f.diffusion());
		}
	}

	/** How close one target came. */
	record TargetJson(String target, String unit, double wanted, double achieved, double error, boolean met) {
		static TargetJson of(TargetResult r) {
			return new TargetJson(r.target(), r.unit(), r.wanted(), r.achieved(), r.error(), r.met());
		}
	}

	/** A set-up in the list printed without --setup. */
	record SetupJson(String id, String name, String camera, String look, int lamps) {
		static SetupJson of(LightingSetup s) {
			return new SetupJson(s.getId(), s.getName(), s.getCameraSetup() == null ? null : s.getCameraSetup().getName(),
					s.getLook() == null ? null : s.getLook().getName(), s.getFixtures().size());
		}
	}

	/** The list printed without --setup. */
	record SetupsJson(String file, List<SetupJson> setups) {
	}

	static Double finite(double v) {
		return Double.isFinite(v) ? v : null;
	}
}
