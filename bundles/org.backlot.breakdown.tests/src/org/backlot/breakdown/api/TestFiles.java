// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.nio.file.Path;

import org.backlot.core.api.NewProduction;
import org.backlot.model.production.Production;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptImporters;

/** Test helpers: the fragment's own scripts, imported into a new production. */
public final class TestFiles {
	private TestFiles() {
	}

	public static Path testdata(String name) {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) { //$NON-NLS-1$
			Path candidate = p.resolve("bundles/org.backlot.breakdown.tests/testdata").resolve(name); //$NON-NLS-1$
			if (candidate.toFile().exists()) {
				return candidate;
			}
			if (p.resolve("testdata").resolve(name).toFile().exists()) { //$NON-NLS-1$
				return p.resolve("testdata").resolve(name); //$NON-NLS-1$
			}
		}
		throw new IllegalStateException("test data not found: " + name); //$NON-NLS-1$
	}

	static ScriptImport.Report into(Production p, String name) throws ScriptFormatException {
		Path file = testdata(name);
		return ScriptImport.apply(p, ScriptImporters.read(file, null).script(), file.toString(), new Taggers());
	}

	static Production fresh() {
		return NewProduction.create("Tea", null); //$NON-NLS-1$
	}
}
