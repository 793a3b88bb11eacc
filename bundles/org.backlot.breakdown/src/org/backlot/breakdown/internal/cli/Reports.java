// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import java.nio.file.Path;

import org.backlot.breakdown.api.ScriptImport;
import org.backlot.cli.api.CliContext;
import org.eclipse.osgi.util.NLS;

/** Prints an import report for people. */
final class Reports {
	private Reports() {
	}

	static void print(CliContext context, ScriptImport.Report r, Path target) {
		context.out().println(NLS.bind(Messages.imported, new Object[] { r.format(), target, r.scenes(), r.characters(),
				r.elements() }));
		if (r.charset() != null && !"UTF-8".equals(r.charset())) { //$NON-NLS-1$
			context.out().println(NLS.bind(Messages.charset, r.charset()));
		}
		if (r.revision()) {
			context.out().println(NLS.bind(Messages.revision, new Object[] { r.added(), r.changed(), r.omitted(),
					r.keptTags(), r.lostTags() }));
		}
		for (String w : r.warnings()) {
			context.err().println(NLS.bind(Messages.warning, w));
		}
	}
}
