// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import org.backlot.script.api.DecodedText;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptImporter;
import org.backlot.script.api.ScriptSource;
import org.eclipse.osgi.util.NLS;

/**
 * Reads Chinese screenplays (剧本) in plain text: scene headings such as
 * "第1场 日 外 永川老街" or "1-1 日 内 茶馆", △ action, 人物 cast lines,
 * "名字（情绪）：台词" dialogue and transitions (切至, 叠化, 淡入…), also with
 * English headings and cues mixed in. Files in GB18030 are read and flagged.
 */
public final class ChineseImporter implements ScriptImporter {
	/** The importer's id. */
	public static final String ID = "chinese"; //$NON-NLS-1$

	/** Creates the importer (stateless). */
	public ChineseImporter() {
	}

	@Override
	public int detect(ScriptSource source) {
		return ChineseDetector.score(source);
	}

	@Override
	public ParsedScript read(ScriptSource source) throws ScriptFormatException {
		String name = source == null ? "?" : source.name(); //$NON-NLS-1$
		if (source == null || source.bytes() == null || source.bytes().length == 0) {
			throw new ScriptFormatException(NLS.bind(Messages.blank, name));
		}
		if (ChineseDetector.binary(source.bytes())) {
			throw new ScriptFormatException(NLS.bind(Messages.notText, name, "1")); //$NON-NLS-1$
		}
		DecodedText decoded = source.text();
		String text = decoded.text();
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			throw new ScriptFormatException(NLS.bind(Messages.notText, name, Integer.toString(lineOf(text, nul))));
		}
		if (text.isBlank()) {
			throw new ScriptFormatException(NLS.bind(Messages.blank, name));
		}
		ParsedScript out = new ParsedScript(ID);
		out.setCharset(decoded.charset());
		if (decoded.guessed()) {
			out.warnings().add(NLS.bind(Messages.charsetGuessed, name, decoded.charset()));
		}
		new ChineseReader(out, name).read(text);
		return out;
	}

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
