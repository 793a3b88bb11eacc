// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backlot.lighting.internal.assistant.Messages;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.studio.FixtureStock;
import org.backlot.model.studio.Studio;

/** A set-up's gear list: its lamps by type (switched-off ones too, as they are rigged), against the studio's stock, with their power. */
public final class GearList {
	private GearList() {
	}

	/** One line per fixture type the set-up uses, by name; lamps without a type are left out. {@code studio} may be null (no stock). */
	public static List<GearLine> of(LightingSetup setup, Studio studio) {
		Map<FixtureType, Integer> counts = new LinkedHashMap<>();
		for (Fixture f : setup.getFixtures()) {
			if (f.getType() != null) {
				counts.merge(f.getType(), 1, Integer::sum);
			}
		}
		Map<FixtureType, Integer> stock = new LinkedHashMap<>();
		if (studio != null) {
			for (FixtureStock s : studio.getFixtureStock()) {
				if (s.getType() != null) {
					stock.merge(s.getType(), s.getQuantity(), Integer::sum);
				}
			}
		}
		List<GearLine> out = new ArrayList<>();
		counts.forEach((type, n) -> out.add(new GearLine(type, n, stock.getOrDefault(type, 0), Math.max(0, type.getPowerW()) * n)));
		out.sort(Comparator.comparing((GearLine g) -> g.type().getName() == null ? "" : g.type().getName())); //$NON-NLS-1$
		return out;
	}

	/** The power of all the lines in watts. */
	public static double totalWatts(List<GearLine> lines) {
		return lines.stream().mapToDouble(GearLine::watts).sum();
	}

	/** The lines as CSV (UTF-8 text, a header row, comma-separated, quoted where needed). */
	public static String csv(List<GearLine> lines) {
		StringBuilder b = new StringBuilder(Messages.gearCsvHeader).append('\n');
		for (GearLine g : lines) {
			b.append(quote(g.type().getName())).append(',').append(g.type().getKind() == null ? "" : g.type().getKind().getLiteral()).append(',') //$NON-NLS-1$
					.append(g.count()).append(',').append(g.inStock()).append(',').append(g.shortfall()).append(',')
					.append(String.format(Locale.ROOT, "%.0f", g.watts())).append('\n'); //$NON-NLS-1$
		}
		return b.toString();
	}

	private static String quote(String s) {
		String v = s == null ? "" : s; //$NON-NLS-1$
		return v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}
}
