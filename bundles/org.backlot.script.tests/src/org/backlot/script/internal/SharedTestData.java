// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds test data: the third-party conformance suites in {@code ../shared/testdata/}
 * beside the checkout (read in place, never copied; a test that needs them and
 * finds them absent is skipped), and this fragment's own {@code testdata/}.
 */
public final class SharedTestData {
	private SharedTestData() {
	}

	/** The folder {@code shared/testdata/screenplays/NAME}; skips the calling test when absent. */
	public static Path screenplays(String name) {
		Path dir = sharedRoot().resolve("screenplays").resolve(name);
		assumeTrue(Files.isDirectory(dir), "third-party test data absent: " + dir); //$NON-NLS-1$
		return dir;
	}

	/** This fragment's own test data folder. */
	public static Path own(String file) {
		Path here = Path.of("").toAbsolutePath(); //$NON-NLS-1$
		for (Path p = here; p != null; p = p.getParent()) {
			Path candidate = p.resolve("bundles/org.backlot.script.tests/testdata"); //$NON-NLS-1$
			if (Files.isDirectory(candidate)) {
				return candidate.resolve(file);
			}
			if (p.getFileName() != null && p.getFileName().toString().equals("org.backlot.script.tests")) { //$NON-NLS-1$
				return p.resolve("testdata").resolve(file); //$NON-NLS-1$
			}
		}
		return here.resolve("testdata").resolve(file); //$NON-NLS-1$
	}

	private static Path sharedRoot() {
		String property = System.getProperty("backlot.testdata"); //$NON-NLS-1$
		if (property != null) {
			return Path.of(property);
		}
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) { //$NON-NLS-1$
			Path candidate = p.resolve("shared/testdata"); //$NON-NLS-1$
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return Path.of("../shared/testdata").toAbsolutePath(); //$NON-NLS-1$
	}
}
