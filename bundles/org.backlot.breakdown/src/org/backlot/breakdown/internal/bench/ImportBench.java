// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.bench;

import java.util.Arrays;

import org.backlot.breakdown.api.ScriptImport;
import org.backlot.breakdown.api.Taggers;
import org.backlot.core.api.NewProduction;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptImporters;
import org.backlot.script.api.ScriptSource;

/**
 * Times reading a screenplay file's bytes with one importer ("parse"), and
 * reading, building the script and tagging every scene into a new production
 * as {@code backlot cli import} does ("import"), warm: each phase first runs
 * until the JIT has had its chance (at least {@value #WARM_UP_RUNS} runs and
 * {@value #WARM_UP_MS} ms), then {@code runs} times, of which the median and
 * the fastest are kept.
 */
public final class ImportBench {
	private static final int WARM_UP_RUNS = 5;
	private static final long WARM_UP_MS = 2000;
	private static final int WARM_UP_LIMIT = 10_000;

	/**
	 * One format measured.
	 *
	 * @param format         the importer's id
	 * @param file           the file's name
	 * @param bytes          the file's size
	 * @param pages          the imported scenes' eighths over 8
	 * @param scenes         scenes imported
	 * @param paragraphs     script elements the importer read
	 * @param elements       breakdown elements the taggers found
	 * @param suggestions    tags the taggers suggested
	 * @param parseMsMedian  median time to parse, in ms
	 * @param parseMsMin     fastest parse
	 * @param importMsMedian median time to parse, build and tag
	 * @param importMsMin    fastest import
	 */
	public record Result(String format, String file, long bytes, double pages, int scenes, int paragraphs, int elements,
			int suggestions, double parseMsMedian, double parseMsMin, double importMsMedian, double importMsMin) {
	}

	/** One timed step that may fail on a broken file. */
	private interface Step {
		void run() throws ScriptFormatException;
	}

	private ImportBench() {
	}

	/** Measures one file read as {@code format}. */
	public static Result measure(String format, String file, byte[] bytes, int runs) throws ScriptFormatException {
		double[] parse = time(runs, () -> ScriptImporters.read(new ScriptSource(file, bytes), format));
		ScriptImport.Report[] report = new ScriptImport.Report[1];
		Production[] production = new Production[1];
		int[] paragraphs = new int[1];
		double[] full = time(runs, () -> {
			ParsedScript parsed = ScriptImporters.read(new ScriptSource(file, bytes), format).script();
			production[0] = NewProduction.create(null, null);
			report[0] = ScriptImport.apply(production[0], parsed, file, new Taggers());
			paragraphs[0] = parsed.elements().size();
		});
		int eighths = 0;
		for (Scene s : production[0].getScript().getScenes()) {
			eighths += s.getEighths();
		}
		ScriptImport.Report r = report[0];
		return new Result(format, file, bytes.length, eighths / 8.0, r.scenes(), paragraphs[0], r.elements(), r.suggestions(),
				median(parse), parse[0], median(full), full[0]);
	}

	/** Warms the step up, then times it {@code runs} times; the times in ms, sorted. */
	private static double[] time(int runs, Step step) throws ScriptFormatException {
		long start = System.nanoTime();
		for (int i = 0; i < WARM_UP_LIMIT && (i < WARM_UP_RUNS || System.nanoTime() - start < WARM_UP_MS * 1_000_000); i++) {
			step.run();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			step.run();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		return ms;
	}

	private static double median(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
