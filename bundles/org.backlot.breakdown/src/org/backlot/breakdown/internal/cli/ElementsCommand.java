// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.breakdown.api.ElementRows;
import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.production.Production;

/** {@code backlot cli elements FILE [--category KEY] [--json]}: breakdown elements with the scenes they are in. */
public class ElementsCommand implements CliCommand {
	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--category"), Set.of()); //$NON-NLS-1$
		Production p = Productions.load(args.single(Messages.argProduction));
		String only = args.option("--category", null); //$NON-NLS-1$
		List<ElementRows.Row> rows = new ArrayList<>();
		for (ElementRows.Row r : ElementRows.of(p.getBreakdown())) {
			if (only == null || only.equals(r.category())) {
				rows.add(r);
			}
		}
		if (context.json()) {
			context.printJson(new Document(rows));
			return 0;
		}
		for (ElementRows.Row r : rows) {
			context.out().println(String.join("\t", r.category(), r.name(), String.join(" ", r.scenes()))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return 0;
	}

	/** The JSON document. */
	record Document(List<ElementRows.Row> elements) {
	}
}
