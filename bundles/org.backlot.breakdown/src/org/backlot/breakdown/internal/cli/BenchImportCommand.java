// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.breakdown.internal.bench.ImportBench;
import org.backlot.breakdown.internal.bench.SyntheticScreenplay;
import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.internal.fdx.FdxWriter;
import org.backlot.script.internal.pdf.ScreenplayPdfWriter;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli bench-import [--pages N] [--runs N] [--out DIR] [--json]}:
 * writes the synthetic screenplay as Fountain, Final Draft, PDF and Chinese
 * text, then times parsing each file and importing it into a new production
 * with full tagging (warm; median and fastest).
 */
public class BenchImportCommand implements CliCommand {
	/** The files written and the importer that reads each. */
	private static final String[][] FILES = { { "script.fountain", "fountain" }, { "script.fdx", "fdx" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "script.pdf", "pdf" }, { "script-zh.txt", "chinese" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String PAGES = "--pages"; //$NON-NLS-1$
	private static final String RUNS = "--runs"; //$NON-NLS-1$
	private static final String OUT = "--out"; //$NON-NLS-1$
	private static final int DEFAULT_RUNS = 10;

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(PAGES, RUNS, OUT), Set.of());
		if (!args.positional().isEmpty()) {
			throw new CliException(NLS.bind(Messages.benchUnexpected, args.positional().get(0)));
		}
		int pages = atLeastOne(args, PAGES, SyntheticScreenplay.DEFAULT_PAGES);
		int runs = atLeastOne(args, RUNS, DEFAULT_RUNS);
		Path dir;
		try {
			dir = args.has(OUT) ? Files.createDirectories(Path.of(args.option(OUT, null)))
					: Files.createTempDirectory("backlot-bench-import"); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			throw new CliException(NLS.bind(Messages.cannotWrite, args.option(OUT, ""), e.getMessage()), CliException.BAD_INPUT); //$NON-NLS-1$
		}
		List<ImportBench.Result> results = new ArrayList<>();
		try {
			write(dir, pages);
			for (String[] f : FILES) {
				results.add(measure(dir.resolve(f[0]), f[1], runs));
			}
		} finally {
			if (!args.has(OUT)) {
				delete(dir);
			}
		}
		if (context.json()) {
			context.printJson(results);
		} else {
			context.out().println(NLS.bind(Messages.benchScript, new Object[] { SyntheticScreenplay.SEED, pages, runs }));
			if (args.has(OUT)) {
				context.out().println(NLS.bind(Messages.benchFiles, dir.toAbsolutePath()));
			}
			BenchTable.print(context.out(), results);
			context.out().println(Messages.benchNote);
		}
		return 0;
	}

	private static ImportBench.Result measure(Path file, String format, int runs) throws CliException {
		try {
			return ImportBench.measure(format, file.getFileName().toString(), Files.readAllBytes(file), runs);
		} catch (ScriptFormatException | IOException e) {
			throw new CliException(NLS.bind(Messages.benchCannotRead, new Object[] { file, format, e.getMessage() }),
					CliException.BAD_INPUT);
		}
	}

	private static int atLeastOne(CliArgs args, String option, int defaultValue) throws CliException {
		int n = args.intOption(option, defaultValue);
		if (n < 1) {
			throw new CliException(NLS.bind(Messages.benchAtLeastOne, option, n));
		}
		return n;
	}

	/** Writes the English script as Fountain, FDX and PDF and the Chinese one as text. */
	private static void write(Path dir, int pages) throws CliException {
		ParsedScript english = SyntheticScreenplay.english(pages, SyntheticScreenplay.SEED);
		ParsedScript chinese = SyntheticScreenplay.chinese(pages, SyntheticScreenplay.SEED);
		Path current = dir;
		try {
			current = dir.resolve(FILES[0][0]);
			Files.writeString(current, SyntheticScreenplay.fountain(english), StandardCharsets.UTF_8);
			current = dir.resolve(FILES[1][0]);
			try (OutputStream out = Files.newOutputStream(current)) {
				FdxWriter.write(english, out);
			}
			current = dir.resolve(FILES[2][0]);
			try (OutputStream out = Files.newOutputStream(current)) {
				ScreenplayPdfWriter.write(english, out);
			}
			current = dir.resolve(FILES[3][0]);
			Files.writeString(current, SyntheticScreenplay.chineseText(chinese), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CliException(NLS.bind(Messages.cannotWrite, current, e.getMessage()), CliException.BAD_INPUT);
		}
	}

	/** Removes the temporary directory and the files in it; what cannot be removed stays. */
	private static void delete(Path dir) {
		try {
			for (String[] f : FILES) {
				Files.deleteIfExists(dir.resolve(f[0]));
			}
			Files.deleteIfExists(dir);
		} catch (IOException e) {
			// a temporary directory left behind does no harm
		}
	}
}
