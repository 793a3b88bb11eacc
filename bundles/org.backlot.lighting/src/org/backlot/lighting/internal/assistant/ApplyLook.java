// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backlot.core.api.Ids;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.PlacedFixture;
import org.backlot.lighting.api.Proposal;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.lighting.LightingPlan;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** Builds the one command that puts a proposal into a lighting set-up (see {@link org.backlot.lighting.api.Assistant#apply}). */
public final class ApplyLook {
	private static final LightingPackage L = LightingPackage.eINSTANCE;

	private ApplyLook() {
	}

	/** Whether a lamp stays when a proposal replaces the set-up's lamps: motivated practicals and LED-volume fixtures. */
	public static boolean stays(Fixture f) {
		return f.getType() != null && (f.getType().getKind() == FixtureKind.PRACTICAL || f.getType().getKind() == FixtureKind.LED_VOLUME);
	}

	/** New model lamps of a proposal's, named by their role ("Key", "Fill 2"...). */
	public static List<Fixture> lamps(Proposal p) {
		List<Fixture> add = new ArrayList<>();
		Map<String, Integer> perRole = new HashMap<>();
		p.fixtures().forEach(f -> perRole.merge(f.role(), 1, Integer::sum));
		Map<String, Integer> numbered = new HashMap<>();
		for (PlacedFixture pf : p.fixtures()) {
			Fixture f = LightingFactory.eINSTANCE.createFixture();
			f.setId(Ids.newId());
			String name = Messages.role(pf.role());
			if (perRole.get(pf.role()) > 1) {
				name += " " + numbered.merge(pf.role(), 1, Integer::sum); //$NON-NLS-1$
			}
			f.setName(name);
			f.setType(pf.type());
			f.setX(pf.x());
			f.setY(pf.y());
			f.setZ(pf.z());
			f.setPan(pf.pan());
			f.setTilt(pf.tilt());
			f.setDimmer(pf.dimmer());
			f.setGel(pf.gel());
			f.setDiffusion(pf.diffusion());
			add.add(f);
		}
		return add;
	}

	/** The command; {@code look} may be null (then the set-up's look is left alone). */
	public static Command command(EditingDomain domain, LightingSetup setup, Proposal p, LookTarget look) {
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.applyLabel, look != null ? look.name() : p.title()));
		List<Fixture> remove = setup.getFixtures().stream().filter(f -> !stays(f)).toList();
		if (!remove.isEmpty()) {
			c.append(new RemoveCommand(domain, setup, L.getLightingSetup_Fixtures(), remove));
		}
		List<Fixture> add = lamps(p);
		if (!add.isEmpty()) {
			c.append(new AddCommand(domain, setup, L.getLightingSetup_Fixtures(), add));
		}
		if (look != null && setup.eContainer() instanceof LightingPlan plan) {
			Look target = find(setup, plan, look);
			if (target == null) {
				target = create(look);
				c.append(new AddCommand(domain, plan, L.getLightingPlan_Looks(), target));
			}
			if (setup.getLook() != target) {
				c.append(new SetCommand(domain, setup, L.getLightingSetup_Look(), target));
			}
		}
		return c;
	}

	/** The set-up's own look or one of the plan's with the same figures, else null. */
	private static Look find(LightingSetup setup, LightingPlan plan, LookTarget look) {
		if (setup.getLook() != null && same(setup.getLook(), look)) {
			return setup.getLook();
		}
		return plan.getLooks().stream().filter(l -> same(l, look)).findFirst().orElse(null);
	}

	private static boolean same(Look l, LookTarget t) {
		LookTarget o = Looks.of(l);
		return o.name().equals(t.name()) && o.keyToFill() == t.keyToFill() && o.tStop() == t.tStop() && o.kelvin() == t.kelvin()
				&& o.keyAzimuth() == t.keyAzimuth() && o.keyElevation() == t.keyElevation() && o.separationStops() == t.separationStops();
	}

	private static Look create(LookTarget t) {
		Look l = LightingFactory.eINSTANCE.createLook();
		l.setId(Ids.newId());
		l.setName(t.name());
		if (Looks.ids().contains(t.id())) {
			l.setPreset(t.id());
		}
		l.setKeyToFill(t.keyToFill());
		l.setTargetStop(t.tStop());
		l.setCct(t.kelvin());
		l.setKeyAzimuth(t.keyAzimuth());
		l.setKeyElevation(t.keyElevation());
		l.setSeparationStops(t.separationStops());
		return l;
	}
}
