// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.core.api.ModelSummary;
import org.eclipse.emf.ecore.EObject;

/** {@code backlot cli info FILE [--json]}: what a production or studio file holds. */
public class InfoCommand implements CliCommand {
	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(), Set.of());
		EObject root = CliFiles.load(args.single(Messages.argFile));
		Map<String, Object> summary = new LinkedHashMap<>(ModelSummary.of(root));
		if (context.json()) {
			context.printJson(summary);
		} else {
			int width = summary.keySet().stream().mapToInt(String::length).max().orElse(0);
			summary.forEach((k, v) -> context.out().printf("%-" + width + "s  %s%n", k, v)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return 0;
	}
}
