// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.permits.api.Permits;
import org.backlot.permits.api.Requirement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;

/**
 * {@code bench-permits [--runs N] [--json]}: times deriving the permits of a generated 60-day, 30-location schedule
 * (the days' facts, the requirements with their coverage, the conflicts), warm, median and fastest of N runs, before
 * and after the missing applications are created.
 */
public final class BenchPermitsCommand implements CliCommand {
	static final String RUNS = "--runs", JSON = "--json"; //$NON-NLS-1$ //$NON-NLS-2$
	private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

	/** One timing. */
	record Timing(String what, double medianMs, double fastestMs) {
	}

	/** The whole result. */
	record Result(int days, int locations, int scenes, int requirements, int applicationsCreated, int conflicts, int runs, List<Timing> timings) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(RUNS), Set.of(JSON));
		if (!args.positional().isEmpty()) {
			throw new CliException(NLS.bind(Messages.benchNoArguments, String.join(" ", args.positional()))); //$NON-NLS-1$
		}
		int runs = args.intOption(RUNS, 30);
		if (runs < 1) {
			throw new CliException(NLS.bind(Messages.benchRuns, runs));
		}
		Production p = BenchInstance.create(7);
		Schedule board = p.getActiveSchedule();
		Timing days = time(Messages.benchDays, runs, () -> Permits.days(p, board));
		Timing empty = time(Messages.benchDeriveEmpty, runs, () -> Permits.derive(p, board, TODAY));
		int requirements = Permits.derive(p, board, TODAY).size();
		Command generate = Permits.generate(CliDates.domain(p), p, board, TODAY);
		int before = p.getPermitApplications().size();
		if (generate != null && generate.canExecute()) {
			generate.execute();
		}
		int created = p.getPermitApplications().size() - before;
		Timing covered = time(Messages.benchDeriveCovered, runs, () -> Permits.derive(p, board, TODAY));
		Timing conflicts = time(Messages.benchConflicts, runs, () -> Permits.conflicts(p, board, TODAY));
		List<Requirement> all = Permits.derive(p, board, TODAY);
		Result result = new Result(BenchInstance.DAYS, BenchInstance.LOCATIONS, p.getScript().getScenes().size(), all.size(), created,
				Permits.conflicts(p, board, TODAY).size(), runs, List.of(days, empty, covered, conflicts));
		if (context.json() || args.has(JSON)) {
			context.printJson(result);
		} else {
			context.out().println(NLS.bind(Messages.benchHeader, new Object[] { result.days(), result.locations(), result.scenes(), requirements,
					created, result.conflicts(), runs }));
			for (Timing t : result.timings()) {
				context.out().println(String.format(Locale.ROOT, "  %-52s median %8.2f ms   fastest %8.2f ms", t.what(), t.medianMs(), t.fastestMs())); //$NON-NLS-1$
			}
		}
		return 0;
	}

	private static Timing time(String what, int runs, Supplier<?> work) {
		for (int i = 0; i < Math.max(5, runs / 3); i++) {
			work.get();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			work.get();
			ms[i] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		return new Timing(what, ms[runs / 2], ms[0]);
	}
}
