// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.ModelStore;
import org.backlot.core.api.StoreException;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.generator.SyntheticProduction;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli bench store [--runs N] [--scenes N]}: load and save times, file sizes and heap of the
 * generated studio and of a large production, in the XMI store and, for comparison, in EMF's binary format.
 */
public class BenchCommand implements CliCommand {

	/** One measured case. */
	record Result(String what, String format, long bytes, double saveMs, double loadMsMedian, double loadMsMin, long heapKb) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		List<String> a = context.args();
		if (a.isEmpty() || !a.get(0).equals("store")) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.unknownBench, a.isEmpty() ? "" : a.get(0))); //$NON-NLS-1$
		}
		CliArgs args = new CliArgs(a.subList(1, a.size()), Set.of("--runs", "--scenes"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		int runs = Math.max(1, args.intOption("--runs", 5)); //$NON-NLS-1$
		int scenes = Math.max(1, args.intOption("--scenes", 500)); //$NON-NLS-1$
		List<Result> results = new ArrayList<>();
		try {
			Path dir = Files.createTempDirectory("backlot-bench"); //$NON-NLS-1$
			Supplier<EObject> studio = () -> StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
			Supplier<EObject> production = () -> SyntheticProduction.create(scenes, null, 1);
			results.add(xmi("studio", studio, dir.resolve("bench.backlot-studio"), runs)); //$NON-NLS-1$ //$NON-NLS-2$
			results.add(binary("studio", studio, dir.resolve("bench-studio.bin"), runs)); //$NON-NLS-1$ //$NON-NLS-2$
			results.add(xmi(scenes + " scenes", production, dir.resolve("bench.backlot"), runs)); //$NON-NLS-1$ //$NON-NLS-2$
			results.add(binary(scenes + " scenes", production, dir.resolve("bench-production.bin"), runs)); //$NON-NLS-1$ //$NON-NLS-2$
			try (var files = Files.list(dir)) {
				for (Path f : files.toList()) {
					Files.deleteIfExists(f);
				}
			}
			Files.deleteIfExists(dir);
		} catch (IOException | StoreException e) {
			throw new CliException(e.getMessage(), CliException.BAD_INPUT);
		}
		if (context.json()) {
			context.printJson(results);
		} else {
			context.out().printf("%-12s %-7s %10s %9s %12s %10s %9s%n", "what", "format", "bytes", "save ms", "load ms med", "load min", "heap KB"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			for (Result r : results) {
				context.out().printf("%-12s %-7s %10d %9.0f %12.0f %10.0f %9d%n", r.what(), r.format(), r.bytes(), r.saveMs(), r.loadMsMedian(), //$NON-NLS-1$
						r.loadMsMin(), r.heapKb());
			}
		}
		return 0;
	}

	/** Loads a saved file once, into a fresh resource set. */
	private interface Loader {
		Resource load() throws IOException, StoreException;
	}

	private static Result xmi(String what, Supplier<EObject> model, Path file, int runs) throws StoreException, IOException {
		ModelStore store = ModelFiles.store();
		Resource r = store.createResourceSet().createResource(URI.createFileURI(file.toString()));
		r.getContents().add(model.get());
		long t0 = System.nanoTime();
		store.save(r);
		double save = (System.nanoTime() - t0) / 1e6;
		r.unload();
		return measureLoads(what, "xmi", file, save, runs, () -> store.load(store.createResourceSet(), file)); //$NON-NLS-1$
	}

	private static Result binary(String what, Supplier<EObject> model, Path file, int runs) throws IOException, StoreException {
		Resource r = new BinaryResourceImpl(URI.createFileURI(file.toString()));
		ModelFiles.store().createResourceSet().getResources().add(r);
		r.getContents().add(model.get());
		long t0 = System.nanoTime();
		try (OutputStream out = Files.newOutputStream(file)) {
			r.save(out, Map.of());
		}
		double save = (System.nanoTime() - t0) / 1e6;
		r.unload();
		return measureLoads(what, "binary", file, save, runs, () -> { //$NON-NLS-1$
			Resource loaded = new BinaryResourceImpl(URI.createFileURI(file.toString()));
			ModelFiles.store().createResourceSet().getResources().add(loaded);
			try (var in = Files.newInputStream(file)) {
				loaded.load(in, new LinkedHashMap<>());
			}
			return loaded;
		});
	}

	/** Loads the file {@code runs} times; heap is what a loaded model holds until it is released. */
	private static Result measureLoads(String what, String format, Path file, double save, int runs, Loader loader)
			throws IOException, StoreException {
		double[] loads = new double[runs];
		long heap = 0;
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			Resource loaded = loader.load();
			loads[i] = (System.nanoTime() - t) / 1e6;
			long held = usedHeap();
			loaded.getResourceSet().getResources().clear();
			loaded.unload();
			heap = Math.max(heap, held - usedHeap());
		}
		return result(what, format, Files.size(file), save, loads, heap);
	}

	private static Result result(String what, String format, long bytes, double save, double[] loads, long heap) {
		double[] sorted = loads.clone();
		Arrays.sort(sorted);
		return new Result(what, format, bytes, save, sorted[sorted.length / 2], sorted[0], heap >> 10);
	}

	/** Heap in use after a full collection, so that the difference is what a loaded model keeps. */
	private static long usedHeap() {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		return rt.totalMemory() - rt.freeMemory();
	}
}
