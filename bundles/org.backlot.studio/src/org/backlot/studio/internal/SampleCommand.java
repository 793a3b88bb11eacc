// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal;

import java.nio.file.Path;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.core.api.LaunchSettings;
import org.backlot.core.api.StoreException;
import org.backlot.studio.api.Samples;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli sample [--out DIR] [--json]}: writes the sample studio and production "The Last Pot of Tea" (the
 * ones the suite opens on first start) into DIR, default {@code ~/.backlot/samples}, keeping files already there, and
 * prints the production's path, for scripts, plugin tests and trying the command line.
 */
public class SampleCommand implements CliCommand {
	/** What --json prints. */
	record Out(String production, String studio) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--out"), Set.of()); //$NON-NLS-1$
		args.noPositional();
		String out = args.option("--out", null); //$NON-NLS-1$
		Path dir = out == null ? LaunchSettings.home().resolve("samples") : Path.of(out); //$NON-NLS-1$
		Path production;
		try {
			production = Samples.ensure(dir.toAbsolutePath());
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), CliException.BAD_INPUT);
		}
		if (context.json()) {
			context.printJson(new Out(production.toString(), production.resolveSibling(Samples.STUDIO_FILE).toString()));
		} else {
			context.out().println(production);
		}
		return 0;
	}
}
