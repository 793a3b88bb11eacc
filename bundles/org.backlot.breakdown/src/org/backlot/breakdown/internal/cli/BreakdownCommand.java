// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.backlot.breakdown.api.BreakdownReports;
import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.production.Production;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli breakdown FILE --format pdf|csv --out PATH [--report sheets|elements|characters] [--paper a4|letter]}:
 * breakdown sheets (PDF, one page a scene) or the element list (CSV or PDF).
 */
public class BreakdownCommand implements CliCommand {
	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--format", "--out", "--report", CliArgs.PAPER), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Production p = Productions.load(args.single(Messages.argProduction));
		String format = args.option("--format", null); //$NON-NLS-1$
		String out = args.option("--out", null); //$NON-NLS-1$
		if (format == null || out == null) {
			throw new CliException(NLS.bind(Messages.missingOption, "--format pdf|csv --out PATH")); //$NON-NLS-1$
		}
		String report = args.option("--report", format.equals("csv") ? "elements" : "sheets"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		boolean letter = args.letterPaper();
		Path file = Path.of(out);
		try {
			switch (format + '/' + report) {
			case "pdf/sheets" -> BreakdownReports.sheets(p, file, letter); //$NON-NLS-1$
			case "pdf/elements" -> BreakdownReports.elementsPdf(p, file, letter); //$NON-NLS-1$
			case "csv/elements" -> BreakdownReports.elementsCsv(p, file); //$NON-NLS-1$
			case "csv/characters" -> BreakdownReports.charactersCsv(p, file); //$NON-NLS-1$
			default -> throw new CliException(NLS.bind(Messages.unknownReport, format, report));
			}
		} catch (IOException e) {
			throw new CliException(NLS.bind(Messages.cannotWrite, file, e.getMessage()), CliException.BAD_INPUT);
		}
		if (!context.json()) {
			context.out().println(NLS.bind(Messages.written, file));
		} else {
			context.printJson(java.util.Map.of("file", file.toAbsolutePath().toString())); //$NON-NLS-1$
		}
		return 0;
	}
}
