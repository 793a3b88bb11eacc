// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Source;
import org.eclipse.osgi.util.NLS;

/**
 * {@code bench-light [--width W] [--height H] [--runs N] [--threads T] [--json]}: times the preview renderer on the
 * generated 12-lamp set (cold frame, a dragged lamp, soft shadows, the bounce) and the floor map.
 */
public class BenchLightCommand implements CliCommand {
	static final String WIDTH = "--width", HEIGHT = "--height", RUNS = "--runs", THREADS = "--threads", JSON = "--json"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** What --json prints: the set-up of the benchmark, each run and the medians. */
	record Report(int width, int height, int lamps, int softLamps, int threads, int processors, int moves, double floorCellM, List<LightBench.Row> runs,
			LightBench.Row median) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(WIDTH, HEIGHT, RUNS, THREADS), Set.of(JSON));
		if (!args.positional().isEmpty()) {
			throw new CliException(NLS.bind(Messages.noArguments, String.join(" ", args.positional()))); //$NON-NLS-1$
		}
		int processors = Runtime.getRuntime().availableProcessors();
		int width = number(args, WIDTH, 960, 16, 7680);
		int height = number(args, HEIGHT, 540, 16, 4320);
		int runs = number(args, RUNS, 3, 1, 100);
		int threads = number(args, THREADS, processors, 1, 256);
		LightScene scene = LightScene.of(BenchScene.create(), null);
		int soft = (int) scene.sources().stream().filter(Source::isArea).count();
		List<LightBench.Row> rows = LightBench.run(width, height, runs, threads);
		Report report = new Report(width, height, scene.sources().size(), soft, threads, processors, LightBench.MOVES, LightBench.CELL_M, rows,
				LightBench.median(rows));
		if (context.json() || args.has(JSON)) {
			context.printJson(report);
		} else {
			print(context.out(), report);
		}
		return 0;
	}

	private static int number(CliArgs args, String name, int fallback, int min, int max) throws CliException {
		int v = args.intOption(name, fallback);
		if (v < min || v > max) {
			throw new CliException(NLS.bind(Messages.badNumber, new Object[] { name, min, max, args.option(name, null) }));
		}
		return v;
	}

	private static void print(PrintStream out, Report r) {
		out.println(NLS.bind(Messages.benchTitle, new Object[] { r.width(), r.height(), r.lamps(), r.softLamps(), r.threads(), r.processors() }));
		out.println(Messages.benchHeader);
		for (LightBench.Row row : r.runs()) {
			out.println(line(String.valueOf(row.run()), row));
		}
		out.println(line(Messages.benchMedian, r.median()));
		out.println(NLS.bind(Messages.benchNote, new Object[] { r.moves(), Shader.SOFT_PASSES, r.floorCellM() }));
	}

	private static String line(String label, LightBench.Row row) {
		return String.format(Locale.ROOT, "%-7s %8.1f %8.1f %8.1f %9.1f %8.1f %8.1f %8.1f %8.1f %8.1f", label, row.firstFrameMs(), row.coldMs(), //$NON-NLS-1$
				row.softMs(), row.bounceMs(), row.dragMs(), row.dragFps(), row.dragSoftMs(), row.floorMapMs(), row.raysPerSecond() / 1e6);
	}
}
