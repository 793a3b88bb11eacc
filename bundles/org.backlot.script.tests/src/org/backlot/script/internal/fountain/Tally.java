// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the cases of one conformance suite: passed as the suite writes them,
 * passed once the suite's expectation is mapped to the breakdown view,
 * deliberate differences (each listed with its reason) and failures; prints a
 * one-line summary and fails on any unlisted failure or on a listed case that
 * no longer differs.
 */
final class Tally {
	private final String suite;
	private final Map<String, String> deliberate;
	private final Map<String, int[]> perFile = new TreeMap<>();
	private final List<String> failures = new ArrayList<>();
	private final List<String> stale = new ArrayList<>();
	private final Map<String, String> differing = new LinkedHashMap<>();
	private int exact;
	private int mapped;

	/** A tally for a suite with its list of deliberate differences (case id to reason). */
	Tally(String suite, Map<String, String> deliberate) {
		this.suite = suite;
		this.deliberate = deliberate;
	}

	/**
	 * Records a case: {@code asWritten} is the suite's expectation taken
	 * literally, {@code expected} the same mapped to the breakdown view.
	 */
	void check(String file, String id, Object asWritten, Object expected, Object actual) {
		check(file, id, asWritten, expected, null, actual);
	}

	/**
	 * Records a case; for a deliberate difference, {@code ours} (when not null)
	 * is the expectation with only the listed difference applied, so that the
	 * case fails when it differs in anything else.
	 */
	void check(String file, String id, Object asWritten, Object expected, Object ours, Object actual) {
		int[] counts = perFile.computeIfAbsent(file, f -> new int[2]);
		counts[1]++;
		boolean ok = expected.equals(actual);
		String reason = deliberate.get(id);
		if (reason != null) {
			if (ok) {
				stale.add(id);
			} else if (ours != null && !ours.equals(actual)) {
				failures.add(id + " differs beyond its listed difference\n  expected " + ours + "\n  actual   " + actual);
			} else {
				differing.put(id, reason);
			}
			return;
		}
		if (ok) {
			counts[0]++;
			if (asWritten != null && asWritten.equals(actual)) {
				exact++;
			} else {
				mapped++;
			}
		} else {
			failures.add(id + "\n  expected " + expected + "\n  actual   " + actual);
		}
	}

	/** Prints the summary and fails on unlisted failures or stale entries of the list. */
	void finish() {
		int total = perFile.values().stream().mapToInt(c -> c[1]).sum();
		int passed = exact + mapped;
		StringBuilder files = new StringBuilder();
		perFile.forEach((f, c) -> files.append(files.isEmpty() ? "" : ", ").append(f).append(' ').append(c[0]).append('/').append(c[1]));
		System.out.println("conformance " + suite + ": " + passed + "/" + total + " cases pass (" + exact
				+ " as written, " + mapped + " through the breakdown mapping; " + differing.size()
				+ " deliberate differences: " + String.join(", ", differing.keySet()) + ")");
		System.out.println("  per file: " + files);
		differing.forEach((id, reason) -> System.out.println("  deliberate " + id + ": " + reason));
		assertTrue(stale.isEmpty(), suite + ": listed as deliberate differences but now pass, remove them: " + stale);
		assertTrue(failures.isEmpty(), suite + ": " + failures.size() + " cases fail:\n" + String.join("\n", failures));
		assertTrue(total > 0, suite + ": no cases found");
	}
}
