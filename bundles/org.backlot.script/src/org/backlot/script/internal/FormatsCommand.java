// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal;

import java.util.List;

import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.script.api.ScriptImporters;

/** {@code backlot cli formats [--json]}: the screenplay formats that can be imported, with the plugin of each. */
public class FormatsCommand implements CliCommand {

	/** One format as printed. */
	record Row(String id, String name, List<String> extensions, String plugin) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		context.positional();
		List<Row> rows = ScriptImporters.formats().stream()
				.map(f -> new Row(f.id(), f.name(), f.extensions(), f.plugin())).toList();
		if (context.json()) {
			context.printJson(rows);
			return 0;
		}
		for (Row r : rows) {
			context.out().println(String.join("\t", r.id(), r.name(), String.join(",", r.extensions()), r.plugin())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return 0;
	}
}
