// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.production.Production;
import org.eclipse.osgi.util.NLS;

import com.example.backlot.budget.RateCard;
import com.example.backlot.budget.TopSheet;
import com.example.backlot.budget.TopSheets;

/**
 * {@code backlot cli budget FILE [--rates RATES.properties] [--lines] [--json]}:
 * the production's budget top-sheet as a text table or as JSON.
 */
public class BudgetCommand implements CliCommand {
	static final String RATES = "--rates", LINES = "--lines"; //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(RATES), Set.of(LINES));
		String file = args.single(Messages.argFile);
		Production p;
		try {
			p = CliFiles.production(file);
		} catch (CliException e) {
			throw new CliException(firstLine(e.getMessage()), e.exitCode());
		}
		RateCard rates = RateCard.current();
		if (args.has(RATES)) {
			rates = withFile(rates, args.option(RATES, null));
		}
		TopSheet sheet = TopSheets.compute(p, rates);
		if (context.json()) {
			context.printJson(sheet.toMap());
		} else {
			TopSheetText.print(sheet, args.has(LINES), context.out());
		}
		return 0;
	}

	/** The first line of a reason (a parser's message may add the position on a second line). */
	static String firstLine(String message) {
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		int nl = message.indexOf('\n');
		return (nl < 0 ? message : message.substring(0, nl)).strip();
	}

	/** The rate card with a file's rates over it; a file that cannot be opened is bad input. */
	static RateCard withFile(RateCard rates, String file) throws CliException {
		Path path = Path.of(file);
		if (!Files.isRegularFile(path)) {
			throw new CliException(NLS.bind(Messages.noRatesFile, file), CliException.BAD_INPUT);
		}
		try (InputStream in = Files.newInputStream(path)) {
			return rates.withFile(in, path.getFileName().toString());
		} catch (IOException e) {
			throw new CliException(NLS.bind(Messages.ratesUnreadable, file, e.getMessage()), CliException.BAD_INPUT);
		}
	}
}
