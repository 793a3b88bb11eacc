// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.ui.internal.Icons;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.studio.Studio;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteEntry;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.osgi.util.NLS;

/**
 * The plot's palette: the selection and marquee tools, then one entry per
 * fixture type of the studio, labelled with how many are left in stock once
 * the set-up's own lamps are counted. Click an entry and click the floor, or
 * drag it onto the floor, to place a lamp.
 */
final class FixturePalette {
	private final PaletteRoot root = new PaletteRoot();
	private final PaletteDrawer lamps = new PaletteDrawer(Messages.paletteLamps);
	private final List<FixtureType> shown = new ArrayList<>();

	/** An empty palette. */
	FixturePalette() {
		PaletteGroup tools = new PaletteGroup(Messages.paletteTools);
		ToolEntry select = PaletteEntries.selection(Messages.paletteSelect, Messages.paletteSelectTip, null);
		tools.add(select);
		tools.add(PaletteEntries.marquee(Messages.paletteMarquee, Messages.paletteMarqueeTip, null));
		root.add(tools);
		root.add(lamps);
		root.setDefaultEntry(select);
	}

	/** The palette's model. */
	PaletteRoot root() {
		return root;
	}

	/** Shows the studio's types with what is left after the set-up's lamps (either may be null). */
	void update(Studio studio, LightingSetup setup) {
		List<FixtureType> types = studio == null ? List.of() : List.copyOf(studio.getFixtureTypes());
		if (!types.equals(shown)) {
			List<PaletteEntry> entries = new ArrayList<>();
			for (FixtureType t : types) {
				entries.add(new PaletteEntries.Lamp(t, factory(t), Icons.of(t.getKind())));
			}
			lamps.setChildren(entries);
			shown.clear();
			shown.addAll(types);
		}
		for (Object o : lamps.getChildren()) {
			PaletteEntries.Lamp e = (PaletteEntries.Lamp) o;
			FixtureType t = e.type();
			int stock = Setups.inStock(studio, t);
			int used = Setups.used(setup, t);
			String label = NLS.bind(Messages.paletteEntry, t.getName(), stock - used);
			if (!label.equals(e.getLabel())) {
				e.setLabel(label);
			}
			String tip = NLS.bind(Messages.paletteEntryTip, new Object[] { t.getName(), stock, used, Math.round(t.getPowerW()) });
			if (!tip.equals(e.getDescription())) {
				e.setDescription(tip);
			}
		}
	}

	/** The entry of a fixture type, or null (for tests). */
	ToolEntry entry(FixtureType type) {
		for (Object o : lamps.getChildren()) {
			if (o instanceof PaletteEntries.Lamp e && e.type() == type) {
				return e;
			}
		}
		return null;
	}

	/** A factory of lamps of the type, not yet placed: the floor's layout policy places and aims one where it is dropped. */
	static CreationFactory factory(FixtureType type) {
		return new CreationFactory() {
			@Override
			public Object getNewObject() {
				Fixture lamp = LightingFactory.eINSTANCE.createFixture();
				lamp.setType(type);
				return lamp;
			}

			@Override
			public Object getObjectType() {
				return Fixture.class;
			}
		};
	}
}
