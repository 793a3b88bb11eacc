// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.CallSheet;
import org.eclipse.osgi.util.NLS;

/** {@code backlot cli callsheet FILE --day N --out PATH [--paper a4|letter]}: one shoot day's call sheet as a PDF. */
public class CallSheetCommand implements CliCommand {
	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--day", "--out", CliArgs.PAPER), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String file = args.single(Messages.argProduction);
		if (!args.has("--day")) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.missingOption, "--day N")); //$NON-NLS-1$
		}
		int day = args.intOption("--day", 0); //$NON-NLS-1$
		String out = args.option("--out", null); //$NON-NLS-1$
		if (out == null) {
			throw new CliException(NLS.bind(Messages.missingOption, "--out PATH")); //$NON-NLS-1$
		}
		Production p = ReportProductions.load(file);
		Schedule board = ReportProductions.board(p, file);
		int days = Boards.days(board).size();
		CallSheet sheet;
		try {
			sheet = CallSheet.build(p, board, day);
		} catch (IllegalArgumentException e) {
			throw new CliException(NLS.bind(Messages.dayOutOfRange, day, days));
		}
		Path target = Path.of(out);
		try {
			CallSheet.pdf(sheet, target, args.letterPaper());
		} catch (IOException e) {
			throw new CliException(NLS.bind(Messages.cannotWrite, out, e.getMessage()), CliException.BAD_INPUT);
		}
		context.out().println(NLS.bind(Messages.written, target));
		return 0;
	}
}
