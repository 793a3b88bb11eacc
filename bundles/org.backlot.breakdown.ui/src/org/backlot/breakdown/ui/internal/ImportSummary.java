// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.nio.file.Path;

import org.backlot.breakdown.api.ScriptImport;
import org.backlot.script.api.ScriptImporters;
import org.eclipse.osgi.util.NLS;

/** The text of the summary shown after an import: what was found, what changed, and the warnings. */
final class ImportSummary {
	private static final int MAX_WARNINGS = 12;

	private ImportSummary() {
	}

	static String text(Path file, ScriptImporters.Imported imported, ScriptImport.Report r) {
		StringBuilder b = new StringBuilder(NLS.bind(Messages.summaryFound, new Object[] { file.getFileName(),
				imported.format().name(), r.scenes(), r.characters(), r.elements(), r.suggestions() }));
		if (r.charset() != null && !"UTF-8".equals(r.charset())) { //$NON-NLS-1$
			b.append("\n\n").append(NLS.bind(Messages.summaryCharset, r.charset())); //$NON-NLS-1$
		}
		if (r.revision()) {
			b.append("\n\n").append(NLS.bind(Messages.summaryRevision, new Object[] { r.added(), r.changed(), //$NON-NLS-1$
					r.omitted(), r.keptTags(), r.lostTags() }));
		}
		if (!r.warnings().isEmpty()) {
			b.append("\n\n").append(NLS.bind(Messages.summaryWarnings, r.warnings().size())); //$NON-NLS-1$
			r.warnings().stream().limit(MAX_WARNINGS).forEach(w -> b.append("\n\u2022 ").append(w)); //$NON-NLS-1$
		}
		b.append("\n\n").append(Messages.summaryNext); //$NON-NLS-1$
		return b.toString();
	}
}
