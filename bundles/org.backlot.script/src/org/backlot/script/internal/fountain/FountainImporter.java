// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import org.backlot.script.api.DecodedText;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptImporter;
import org.backlot.script.api.ScriptSource;
import org.eclipse.osgi.util.NLS;

/**
 * Reads Fountain screenplays (fountain.io 1.1): title page, headings, action,
 * dialogue, dual dialogue, lyrics, transitions, centred text, notes,
 * boneyard, sections, synopses, page breaks and emphasis. Page positions are
 * left to the page model.
 */
public final class FountainImporter implements ScriptImporter {
	/** The importer's id. */
	public static final String ID = "fountain"; //$NON-NLS-1$

	/** Creates the importer (the extension registry needs a public no-argument constructor). */
	public FountainImporter() {
	}

	@Override
	public int detect(ScriptSource source) {
		return FountainDetector.score(source);
	}

	@Override
	public ParsedScript read(ScriptSource source) throws ScriptFormatException {
		if (FountainDetector.isBinary(source.bytes())) {
			throw new ScriptFormatException(NLS.bind(Messages.notText, source.name()));
		}
		DecodedText text = source.text();
		ParsedScript out = new ParsedScript(ID);
		out.setCharset(text.charset());
		if (text.guessed()) {
			out.warnings().add(NLS.bind(Messages.charsetGuessed, text.charset()));
		}
		SourceLines lines = SourceLines.of(text.text());
		out.warnings().addAll(lines.warnings());
		FountainParser.parse(lines, out);
		return out;
	}
}
