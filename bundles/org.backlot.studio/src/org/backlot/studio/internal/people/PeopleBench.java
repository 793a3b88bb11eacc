// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.Allocation;
import org.backlot.studio.api.ExtrasSearch;
import org.backlot.studio.api.Housing;
import org.backlot.studio.api.StudioGenerator;

/**
 * Figures for the benchmark: building the extras index, a filter and a scene's
 * shortlist over the generated base's 15,000 extras, and allocating 200 people
 * (15 cast, crew in 10 departments, a few asking to share, preferences) to its
 * 800 apartments beside two other productions' stays in March 2027.
 */
public final class PeopleBench {
	private static final LocalDate DAY = LocalDate.of(2027, 3, 9);
	private static final String[] DEPARTMENTS = { "Direction", "Camera", "Electric", "Grip", "Art", "Costume", "Make-up", "Sound", "Production", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Transport" }; //$NON-NLS-1$
	private static final String[] WISHES = { "quiet", "ground floor", "kitchen", "balcony", "washing machine", "near stages" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private PeopleBench() {
	}

	/** The figures on the generated sample base (generated here: a few seconds). */
	public static Map<String, Double> benchmark() {
		return benchmark(StudioGenerator.generate(StudioGenerator.SAMPLE_SEED));
	}

	/** The figures on a studio: medians in milliseconds after warm-up, then the allocation's counts. */
	public static Map<String, Double> benchmark(Studio s) {
		Map<String, Double> out = new LinkedHashMap<>();
		ExtrasSearch[] search = { null };
		out.put("extras index build ms", median(5, () -> search[0] = new ExtrasSearch(s))); //$NON-NLS-1$
		ExtrasSearch.Filter filter = ExtrasSearch.Filter.any().withGender(Gender.FEMALE).withAges(20, 35).withHeights(155, 170).availableOn(DAY);
		out.put("extras filter ms", median(30, () -> search[0].find(filter, 100))); //$NON-NLS-1$
		List<ExtrasRequirement> reqs = List.of(requirement("9", 80, "奔跑的人群 crowd running to the shelters", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				requirement("3", 20, "茶客 tea drinkers", "elderly"), requirement("14", 30, "1940s 警察 police, 男", "police")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		int[] next = { 0 };
		out.put("extras shortlist ms", median(30, () -> search[0].shortlist(reqs.get(next[0]++ % reqs.size()), DAY, 10))); //$NON-NLS-1$
		List<Housing.Need> needs = needs(200, new Random(7));
		Allocation[] result = { null };
		out.put("housing allocate 200 ms", median(5, () -> result[0] = Housing.allocate(s, "bench", needs, null, null))); //$NON-NLS-1$ //$NON-NLS-2$
		out.put("housing housed", (double) result[0].stays().size()); //$NON-NLS-1$
		out.put("housing unhoused", (double) result[0].unhoused().size()); //$NON-NLS-1$
		long met = result[0].stays().stream().mapToLong(x -> x.met().size()).sum();
		long asked = met + result[0].stays().stream().mapToLong(x -> x.unmet().size()).sum();
		out.put("housing preferences met %", asked == 0 ? 100.0 : Math.round(1000.0 * met / asked) / 10.0); //$NON-NLS-1$
		return out;
	}

	private static ExtrasRequirement requirement(String scene, int count, String description, String look) {
		Scene sc = ScriptFactory.eINSTANCE.createScene();
		sc.setId("bench-scene-" + scene); //$NON-NLS-1$
		sc.setNumber(scene);
		ExtrasRequirement r = BreakdownFactory.eINSTANCE.createExtrasRequirement();
		r.setScene(sc);
		r.setCount(count);
		r.setDescription(description);
		r.setLook(look);
		return r;
	}

	/** People of a production: 15 travelling cast, crew in departments; some share, most ask for something. */
	static List<Housing.Need> needs(int count, Random r) {
		List<Housing.Need> out = new ArrayList<>();
		LocalDate start = LocalDate.of(2027, 3, 1);
		for (int i = 0; i < count; i++) {
			boolean cast = i < 15;
			LocalDate from = cast ? start.plusDays(r.nextInt(12)) : start.minusDays(1 + r.nextInt(3));
			LocalDate to = cast ? from.plusDays(2 + r.nextInt(10)) : start.plusDays(20 + r.nextInt(5));
			List<String> prefs = new ArrayList<>();
			if (!cast && i % 20 == 1 && i + 1 < count) {
				prefs.add("share with P" + (i + 1)); //$NON-NLS-1$
			}
			int wishes = r.nextInt(3);
			for (int k = 0; k < wishes; k++) {
				prefs.add(WISHES[r.nextInt(WISHES.length)]);
			}
			if (r.nextInt(100) < 2) {
				prefs.add("accessible"); //$NON-NLS-1$
			}
			out.add(new Housing.Need("id" + i, "P" + i, cast, cast ? null : DEPARTMENTS[i % DEPARTMENTS.length], from, to, //$NON-NLS-1$ //$NON-NLS-2$
					List.copyOf(new java.util.LinkedHashSet<>(prefs))));
		}
		return out;
	}

	private static double median(int runs, Supplier<?> work) {
		for (int i = 0; i < 3; i++) {
			work.get();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			work.get();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		return Math.round(ms[runs / 2] * 100) / 100.0;
	}
}
