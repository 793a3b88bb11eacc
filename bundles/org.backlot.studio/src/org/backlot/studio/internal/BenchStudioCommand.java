// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.breakdown.api.InventoryMatcher;
import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.breakdown.Element;
import org.backlot.model.production.Production;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.InventorySearch;
import org.backlot.studio.api.Reservations;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.generator.SyntheticProduction;
import org.backlot.studio.internal.inventory.Messages;
import org.backlot.studio.internal.people.PeopleBench;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli bench-studio [--runs N] [--seed N] [--json]}: the studio's
 * figures as a list of named timings: memory of the generated studio, store
 * search over 10,000+ items, matching a 190-scene breakdown to the store. Each
 * figure is one {@link Figure} in {@link #FIGURES}; add others there.
 */
public class BenchStudioCommand implements CliCommand {
	/** Scenes of the synthetic production that the matching figure uses. */
	static final int SCENES = 190;
	/** Mixed Chinese and English store searches, as the store's staff type them. */
	static final List<String> QUERIES = List.of("旗袍", "qipao", "长衫 灰色", "grey gown", "怀表", "pocket watch", "红色", "black suit", "民国", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"wuxia", "长剑", "sword", "激光枪", "laser", "C-001", "P-0002", "外卖", "delivery jacket", "油纸伞", "umbrella", "黄包车", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"rickshaw", "中山装 蓝色", "blue zhongshan", "搪瓷杯", "enamel mug", "太空服", "space suit", "灯笼 红", "red lantern", "朝服", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"court robe", "收音机", "radio", "沙发", "sofa", "铠甲 金", "gold armour", "二八自行车", "bicycle", "清代 折扇", "folding fan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"警服", "police", "霓虹灯", "neon", "冷冻舱", "cryo", "dress", "学生装 白"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/**
	 * One measured figure.
	 *
	 * @param name  a stable key ("search.median")
	 * @param what  what was measured, for people
	 * @param value the figure
	 * @param unit  ms, KB, items...
	 * @param goal  the goal ("< 10 ms"), or empty
	 */
	public record Timing(String name, String what, double value, String unit, String goal) {
	}

	/** A part of the bench: measures with the shared studio and adds its timings. */
	@FunctionalInterface
	interface Figure {
		void measure(Bench bench, List<Timing> out) throws Exception;
	}

	/** What the figures share: the generated studio (made once), the seed and the number of runs. */
	record Bench(Studio studio, long seed, int runs) {
		/** The median of runs of a task, in milliseconds, after one warm-up run. */
		double medianMs(Runnable task) {
			task.run();
			double[] ms = new double[runs];
			for (int i = 0; i < runs; i++) {
				long t = System.nanoTime();
				task.run();
				ms[i] = (System.nanoTime() - t) / 1e6;
			}
			return median(ms);
		}
	}

	/** The figures in the order they are printed; the extras shortlist and housing allocation go here too. */
	static final List<Figure> FIGURES = List.of(BenchStudioCommand::index, BenchStudioCommand::search, BenchStudioCommand::matching,
			BenchStudioCommand::people);

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--runs", "--seed"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		if (!args.positional().isEmpty()) {
			throw new CliException(NLS.bind(Messages.benchUsage, args.positional().get(0)), CliException.USAGE);
		}
		int runs = Math.max(1, args.intOption("--runs", 5)); //$NON-NLS-1$
		long seed = args.intOption("--seed", (int) StudioGenerator.SAMPLE_SEED); //$NON-NLS-1$
		List<Timing> out = new ArrayList<>();
		long before = usedHeap();
		Bench bench = new Bench(StudioGenerator.generate(seed), seed, runs);
		out.add(new Timing("studio.heap", "studio in memory (10,200 items, 15,000 extras, 800 apartments; used heap after GC)", //$NON-NLS-1$ //$NON-NLS-2$
				(usedHeap() - before) >> 10, "KB", "")); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			for (Figure f : FIGURES) {
				f.measure(bench, out);
			}
		} catch (Exception e) {
			throw new CliException(String.valueOf(e.getMessage()), CliException.BAD_INPUT);
		}
		if (context.json()) {
			context.printJson(out);
		} else {
			for (Timing t : out) {
				context.out().printf("%-22s %12.2f %-6s %-10s %s%n", t.name(), t.value(), t.unit(), t.goal(), t.what()); //$NON-NLS-1$
			}
		}
		return 0;
	}

	/** Building the store search's index, and the memory it adds to the studio. */
	static void index(Bench b, List<Timing> out) {
		long before = usedHeap();
		long t = System.nanoTime();
		InventorySearch s = InventorySearch.of(b.studio());
		double build = (System.nanoTime() - t) / 1e6;
		out.add(new Timing("search.index", "building the store's search index (" + b.studio().getInventory().size() + " items)", build, "ms", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		out.add(new Timing("search.heap", "the search index in memory (used heap after GC)", (usedHeap() - before) >> 10, "KB", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		s.search(InventorySearch.Query.text("warm")); //$NON-NLS-1$
	}

	/** The median over 50 mixed queries of each query's median warm time; every fifth query also filters by kind. */
	static void search(Bench b, List<Timing> out) {
		InventorySearch s = InventorySearch.of(b.studio());
		for (int i = 0; i < 3; i++) {
			QUERIES.forEach(q -> s.search(InventorySearch.Query.text(q)));
		}
		double[] each = new double[QUERIES.size()];
		for (int i = 0; i < each.length; i++) {
			InventorySearch.Query q = InventorySearch.Query.text(QUERIES.get(i));
			InventorySearch.Query query = i % 5 == 4 ? q.kinds(ItemKind.COSTUME, ItemKind.PROP) : q;
			each[i] = b.medianMs(() -> s.search(query));
		}
		double[] sorted = each.clone();
		Arrays.sort(sorted);
		out.add(new Timing("search.median", "store search, warm: median of " + each.length + " zh/en queries (50 hits, highlighted)", median(each), "ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"< 10 ms")); //$NON-NLS-1$
		out.add(new Timing("search.slowest", "store search, warm: the slowest query", sorted[sorted.length - 1], "ms", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Matching every element of a 190-scene breakdown to the store, and proposing its reservations. */
	static void matching(Bench b, List<Timing> out) {
		Production p = SyntheticProduction.create(SCENES, b.studio(), b.seed());
		List<Element> elements = p.getBreakdown().getElements();
		long t = System.nanoTime();
		InventoryMatcher matcher = new InventoryMatcher(b.studio());
		out.add(new Timing("match.index", "reading the store for the matcher", (System.nanoTime() - t) / 1e6, "ms", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		long matchable = elements.stream().filter(InventoryMatcher::matchable).count();
		out.add(new Timing("match.breakdown", "matching every element of a " + SCENES + "-scene breakdown (" + elements.size() + " elements, " + matchable //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " for the store), 5 best each", b.medianMs(() -> elements.forEach(e -> matcher.match(e, 5))), "ms", "< 200 ms")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		int[] proposed = new int[1];
		double ms = b.medianMs(() -> proposed[0] = Reservations.propose(p).size());
		out.add(new Timing("match.reservations", "proposing reservations from the DOOD (" + proposed[0] + " elements)", ms, "ms", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** The extras index, filter and shortlist over 15,000 people, and housing 200 people in 800 units. */
	static void people(Bench b, List<Timing> out) {
		Map<String, Double> figures = PeopleBench.benchmark(b.studio());
		for (Map.Entry<String, Double> e : figures.entrySet()) {
			String key = e.getKey();
			boolean ms = key.endsWith(" ms"); //$NON-NLS-1$
			String goal = key.startsWith("extras shortlist") ? "< 20 ms" : key.startsWith("housing allocate") ? "< 1000 ms" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			String name = key.replace(" ms", "").replace(" %", "").replace(' ', '.'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			out.add(new Timing(name, key, e.getValue(), ms ? "ms" : key.endsWith("%") ? "%" : "people", goal)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** Heap in use after full collections. */
	static long usedHeap() {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return rt.totalMemory() - rt.freeMemory();
	}
}
