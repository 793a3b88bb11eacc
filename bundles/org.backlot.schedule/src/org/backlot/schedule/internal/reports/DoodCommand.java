// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Dood;
import org.backlot.schedule.api.DoodColumn;
import org.backlot.schedule.api.DoodExport;
import org.backlot.schedule.api.DoodRow;
import org.backlot.schedule.api.DoodTable;
import org.eclipse.osgi.util.NLS;

/** {@code backlot cli dood FILE [--category KEY] [--csv|--json|--pdf PATH] [--paper a4|letter]}: the active board's day-out-of-days. */
public class DoodCommand implements CliCommand {
	private static final int CELL = 5;
	private static final int NAME = 24;

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--category", "--pdf", CliArgs.PAPER), Set.of("--csv", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		String file = args.single(Messages.argProduction);
		boolean json = context.json() || args.has("--json"); //$NON-NLS-1$
		int formats = (json ? 1 : 0) + (args.has("--csv") ? 1 : 0) + (args.has("--pdf") ? 1 : 0); //$NON-NLS-1$ //$NON-NLS-2$
		if (formats > 1) {
			throw new CliException(Messages.oneFormat);
		}
		String key = args.option("--category", Dood.CAST); //$NON-NLS-1$
		Production p = ReportProductions.load(file);
		Schedule board = ReportProductions.board(p, file);
		List<String> keys = Dood.categoryKeys(p);
		if (!keys.contains(key)) {
			throw new CliException(NLS.bind(Messages.unknownCategory, key, String.join(", ", keys))); //$NON-NLS-1$
		}
		DoodTable table = Dood.compute(p, board, key);
		if (args.has("--pdf")) { //$NON-NLS-1$
			String out = args.option("--pdf", null); //$NON-NLS-1$
			try {
				DoodExport.pdf(table, Path.of(out), args.letterPaper());
			} catch (IOException e) {
				throw new CliException(NLS.bind(Messages.cannotWrite, out, e.getMessage()), CliException.BAD_INPUT);
			}
			context.out().println(NLS.bind(Messages.written, out));
		} else if (args.has("--csv")) { //$NON-NLS-1$
			context.out().print(DoodExport.csv(table));
		} else if (json) {
			context.printJson(JsonTable.of(table));
		} else {
			print(table, context.out());
		}
		return 0;
	}

	private static void print(DoodTable t, PrintStream out) {
		out.println(NLS.bind(Messages.doodTitle, t.title()));
		StringBuilder dates = new StringBuilder(pad("", NAME)); //$NON-NLS-1$
		StringBuilder days = new StringBuilder(pad(Messages.doodElement, NAME));
		for (DoodColumn c : t.columns()) {
			dates.append(pad(c.date().getMonthValue() + "/" + c.date().getDayOfMonth(), CELL)); //$NON-NLS-1$
			days.append(pad(c.dayNumber() > 0 ? Integer.toString(c.dayNumber()) : "-", CELL)); //$NON-NLS-1$
		}
		days.append(String.join(" ", Messages.doodWork, Messages.doodHold, Messages.doodTravel, Messages.doodOther, Messages.doodTotal)); //$NON-NLS-1$
		out.println(dates.toString().stripTrailing());
		out.println(days);
		for (DoodRow r : t.rows()) {
			StringBuilder line = new StringBuilder(pad(DoodExport.label(r.element()), NAME));
			for (String code : r.codes()) {
				line.append(pad(code.isEmpty() ? "." : code, CELL)); //$NON-NLS-1$
			}
			line.append(String.format("%d %d %d %d %d", r.work(), r.hold(), r.travel(), r.other(), r.total())); //$NON-NLS-1$
			out.println(line);
		}
		out.println(Messages.doodLegend);
	}

	private static String pad(String s, int width) {
		String cut = s.length() >= width ? s.substring(0, width - 1) : s;
		return cut + " ".repeat(width - cut.length()); //$NON-NLS-1$
	}

	/** The JSON document: dates ISO, one code per column. */
	record JsonTable(String title, List<JsonColumn> columns, List<JsonRow> rows) {
		static JsonTable of(DoodTable t) {
			List<JsonColumn> columns = new ArrayList<>();
			for (DoodColumn c : t.columns()) {
				columns.add(new JsonColumn(c.date().toString(), c.dayNumber(), c.off()));
			}
			List<JsonRow> rows = new ArrayList<>();
			for (DoodRow r : t.rows()) {
				Integer number = r.element() instanceof CastMember c && c.getCastNumber() > 0 ? c.getCastNumber() : null;
				rows.add(new JsonRow(r.element().getName(), number, r.codes(), r.work(), r.hold(), r.travel(), r.other(), r.total(),
						r.start() == null ? null : r.start().toString(), r.finish() == null ? null : r.finish().toString()));
			}
			return new JsonTable(t.title(), columns, rows);
		}
	}

	/** A column in JSON. */
	record JsonColumn(String date, int dayNumber, String off) {
	}

	/** A row in JSON. */
	record JsonRow(String element, Integer castNumber, List<String> codes, int work, int hold, int travel, int other, int total, String start,
			String finish) {
	}
}
