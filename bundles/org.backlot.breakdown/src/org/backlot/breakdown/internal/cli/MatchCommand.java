// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.breakdown.api.ElementRows;
import org.backlot.breakdown.api.InventoryMatcher;
import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.breakdown.Element;
import org.backlot.model.production.Production;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli match FILE [--category KEY] [--limit N] [--json]}: for each prop,
 * costume, vehicle, weapon and piece of set dressing, the studio store's best items.
 */
public class MatchCommand implements CliCommand {

	/** One element and its candidates. */
	record Match(String category, String element, String linked, List<Item> candidates) {
	}

	/** A candidate item as printed. */
	record Item(String code, String nameZh, String nameEn, String kind, String period, double score, String reason) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--category", "--limit"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		Production p = Productions.load(args.single(Messages.argProduction));
		if (p.getStudio() == null) {
			throw new CliException(NLS.bind(Messages.noStudio, p.getTitle()), CliException.BAD_INPUT);
		}
		String only = args.option("--category", null); //$NON-NLS-1$
		int limit = args.intOption("--limit", 3); //$NON-NLS-1$
		InventoryMatcher matcher = new InventoryMatcher(p.getStudio());
		List<Match> matches = new ArrayList<>();
		for (Element e : ElementRows.sorted(p.getBreakdown())) {
			if (!InventoryMatcher.matchable(e) || only != null && !only.equals(e.getCategory().getKey())) {
				continue;
			}
			List<Item> items = matcher.match(e, limit).stream().map(c -> new Item(c.item().getCode(), c.item().getNameZh(),
					c.item().getNameEn(), c.item().getKind().getName(), c.item().getPeriod(),
					Math.round(c.score() * 100) / 100.0, c.reason())).toList();
			matches.add(new Match(e.getCategory().getKey(), e.getName(),
					e.getStudioItem() == null ? null : e.getStudioItem().getCode(), items));
		}
		if (context.json()) {
			context.printJson(matches);
			return 0;
		}
		for (Match m : matches) {
			context.out().println(m.category() + '\t' + m.element() + (m.linked() == null ? "" : "\t= " + m.linked())); //$NON-NLS-1$ //$NON-NLS-2$
			for (Item i : m.candidates()) {
				context.out().println(String.format("\t%3.0f%%  %s  %s / %s  (%s)", i.score() * 100, i.code(), i.nameZh(), //$NON-NLS-1$
						i.nameEn(), i.reason()));
			}
		}
		return 0;
	}
}
