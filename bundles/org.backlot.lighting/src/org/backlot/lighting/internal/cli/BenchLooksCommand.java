// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.core.api.LaunchSettings;
import org.backlot.lighting.api.AdvisorRequest;
import org.backlot.lighting.api.Assistant;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.internal.assistant.BenchScenes;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.eclipse.osgi.util.NLS;

/**
 * {@code bench-looks [FILE] [--runs N] [--json]}: every preset look on each lighting set-up of the production
 * (the sample in Backlot's home folder when no file is given) and on a generated set-up with a set piece:
 * the assistant's time (median of N runs, after a warm-up) and how far each target of its best proposal is off.
 */
public class BenchLooksCommand implements CliCommand {
	static final String RUNS = "--runs"; //$NON-NLS-1$
	/** The seed of the generated set-up. */
	static final long SEED = 1;

	/** One look on one set-up: the assistant's median time, whether every target is met, and each target's error. */
	record Row(String instance, String look, double millis, boolean met, String proposal, List<LightJson.TargetJson> targets) {
	}

	/** A set-up to bench, with the studio whose stock it may use and the folder its files are in. */
	private record Case(String name, LightingSetup setup, Studio studio, Path baseDir) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(RUNS), Set.of(LightCommand.JSON));
		if (args.positional().size() > 1) {
			throw new CliException(NLS.bind(Messages.benchTooMany, String.join(" ", args.positional()))); //$NON-NLS-1$
		}
		int runs = args.intOption(RUNS, 3);
		if (runs < 1 || runs > 20) {
			throw new CliException(NLS.bind(Messages.benchRuns, RUNS, args.option(RUNS, null)));
		}
		boolean json = context.json() || args.has(LightCommand.JSON);
		Path file = args.positional().isEmpty() ? LaunchSettings.home().resolve("samples").resolve("last-pot-of-tea.backlot") //$NON-NLS-1$ //$NON-NLS-2$
				: Path.of(args.positional().get(0));
		List<Case> cases = new ArrayList<>();
		Studio studio = null;
		if (!args.positional().isEmpty() || Files.isRegularFile(file)) {
			Production p = CliFiles.production(file.toString());
			studio = p.getStudio();
			for (LightingSetup s : p.getLighting() == null ? List.<LightingSetup>of() : p.getLighting().getSetups()) {
				cases.add(new Case(NLS.bind(Messages.benchSample, file.getFileName(), s.getName()), s, studio, file.toAbsolutePath().getParent()));
			}
		} else if (!json) {
			context.out().println(NLS.bind(Messages.benchNoFile, file));
		}
		Studio kit = studio != null ? studio : BenchScenes.kit();
		cases.add(new Case(NLS.bind(Messages.benchGenerated, SEED), BenchScenes.generated(kit, SEED), kit, null));
		List<Row> rows = new ArrayList<>();
		bench(cases.get(0), Looks.presets().get(0), 1); // warm-up
		for (Case c : cases) {
			for (LookTarget look : Looks.presets()) {
				rows.add(bench(c, look, runs));
			}
		}
		if (json) {
			context.printJson(rows);
		} else {
			print(context.out(), rows);
		}
		return 0;
	}

	private static Row bench(Case c, LookTarget look, int runs) {
		double[] ms = new double[runs];
		List<Proposal> proposals = List.of();
		for (int r = 0; r < runs; r++) {
			long t0 = System.nanoTime();
			AdvisorRequest request = Assistant.request(c.setup(), c.studio(), look, c.baseDir());
			proposals = Assistant.propose(request, null);
			ms[r] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		Proposal best = proposals.isEmpty() ? null : proposals.get(0);
		List<LightJson.TargetJson> targets = best == null ? List.of() : best.results().stream().map(LightJson.TargetJson::of).toList();
		return new Row(c.name(), look.id(), Math.round(ms[runs / 2] * 10) / 10.0, best != null && best.meetsAll(), best == null ? null : best.title(),
				targets);
	}

	private static void print(PrintStream out, List<Row> rows) {
		out.println(Messages.benchHeader);
		for (Row r : rows) {
			StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-42.42s %-14s %5.0f  %-4s", r.instance(), r.look(), r.millis(), //$NON-NLS-1$
					r.met() ? "yes" : "no")); //$NON-NLS-1$ //$NON-NLS-2$
			for (LightJson.TargetJson t : r.targets()) {
				String v = t.unit().equals("stop") ? String.format(Locale.ROOT, "%+.2f", t.error()) //$NON-NLS-1$ //$NON-NLS-2$
						: String.format(Locale.ROOT, "%+.0f%s", t.error(), t.unit().equals("K") ? "K" : "\u00b0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				b.append(String.format(Locale.ROOT, " %8s%s", v, t.met() ? " " : "!")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			out.println(b);
		}
		double[] ms = rows.stream().mapToDouble(Row::millis).sorted().toArray();
		long met = rows.stream().filter(Row::met).count();
		out.println(NLS.bind(Messages.benchSummary, new Object[] { met, rows.size(), Math.round(ms[ms.length - 1]), Math.round(ms[ms.length / 2]) }));
	}
}
