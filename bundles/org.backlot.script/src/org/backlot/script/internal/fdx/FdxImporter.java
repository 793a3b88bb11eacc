// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import java.util.regex.Pattern;

import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptImporter;
import org.backlot.script.api.ScriptSource;
import org.eclipse.osgi.util.NLS;

/**
 * Reads Final Draft files (.fdx, XML): paragraphs by type, scene numbers, dual
 * dialogue, the title page, script notes, scene summaries and breakdown tags
 * ({@code <TagData>}). See {@link FdxReader}.
 */
public final class FdxImporter implements ScriptImporter {
	/** The id this importer is registered under. */
	public static final String ID = "fdx"; //$NON-NLS-1$
	/** An XML prolog (declaration, comments, processing instructions, doctype) and a FinalDraft root. */
	private static final Pattern ROOT = Pattern.compile(
			"^\\uFEFF?\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*|<!DOCTYPE[^>]*>\\s*)*<FinalDraft[\\s>/]", Pattern.DOTALL); //$NON-NLS-1$
	private static final int HEAD = 4096;

	/** Creates the importer. */
	public FdxImporter() {
	}

	@Override
	public int detect(ScriptSource source) {
		return ROOT.matcher(source.head(HEAD)).find() ? 100 : 0;
	}

	@Override
	public ParsedScript read(ScriptSource source) throws ScriptFormatException {
		try {
			return FdxReader.read(source.bytes(), source.name());
		} catch (RuntimeException e) {
			// a reader bug must not escape as anything but a format error
			throw new ScriptFormatException(NLS.bind(Messages.cannotRead, source.name(), e), e);
		}
	}
}
