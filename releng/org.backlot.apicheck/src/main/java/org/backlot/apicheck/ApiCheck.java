// SPDX-License-Identifier: EPL-2.0
package org.backlot.apicheck;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The build's API baseline check: {@code check ROOT BASELINE} compares every bundle of the baseline with the bundle
 * just built under ROOT/bundles and fails on an incompatible API change without a major version bump;
 * {@code record ROOT BASELINE} makes the built API the new baseline (at a release).
 */
public final class ApiCheck {
	private ApiCheck() {
	}

	/** Runs from Maven (exec:java): throws, and so fails the build, when the check finds an error. */
	public static void main(String[] args) throws Exception {
		if (args.length != 3 || !List.of("check", "record").contains(args[0])) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException("usage: ApiCheck check|record ROOT BASELINE_DIR"); //$NON-NLS-1$
		}
		Map<String, File> built = ApiBaseline.builtBundles(Path.of(args[1], "bundles")); //$NON-NLS-1$
		File baselineDir = new File(args[2]);
		if (args[0].equals("record")) { //$NON-NLS-1$
			record(built, baselineDir);
		} else {
			check(built, baselineDir);
		}
	}

	private static void record(Map<String, File> built, File baselineDir) throws Exception {
		for (String bsn : readList(baselineDir)) {
			File jar = built.get(bsn);
			if (jar == null) {
				throw new IllegalStateException("api-check: " + bsn + " is listed in bundles.txt but was not built"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			ApiBaseline.record(jar, new File(baselineDir, bsn + ".jar")); //$NON-NLS-1$
			System.out.println("api-check: recorded " + bsn); //$NON-NLS-1$
		}
	}

	private static void check(Map<String, File> built, File baselineDir) throws Exception {
		List<ApiBaseline.Finding> findings = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String bsn : readList(baselineDir)) {
			File base = new File(baselineDir, bsn + ".jar"); //$NON-NLS-1$
			File jar = built.get(bsn);
			if (!base.isFile()) {
				problems.add("no baseline for " + bsn + " (run record at a release)"); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (jar == null) {
				problems.add(bsn + " has a baseline but was not built (an API bundle cannot disappear)"); //$NON-NLS-1$
			} else {
				findings.addAll(ApiBaseline.compare(jar, base));
			}
		}
		findings.forEach(f -> System.out.println("api-check: " + f)); //$NON-NLS-1$
		findings.stream().filter(ApiBaseline.Finding::error).forEach(f -> problems.add(f.toString()));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("API baseline check failed:\n  " + String.join("\n  ", problems)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		System.out.println("api-check: API compatible with the baseline in " + baselineDir); //$NON-NLS-1$
	}

	/** The bundles under baseline, one symbolic name a line in bundles.txt ('#' starts a comment). */
	private static String[] readList(File baselineDir) throws java.io.IOException {
		return java.nio.file.Files.readAllLines(new File(baselineDir, "bundles.txt").toPath()).stream() //$NON-NLS-1$
				.map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toArray(String[]::new); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
