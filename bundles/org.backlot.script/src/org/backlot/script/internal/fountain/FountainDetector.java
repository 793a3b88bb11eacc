// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.backlot.script.api.ScriptSource;

/**
 * Says how much a file looks like Fountain: scene headings by prefix,
 * upper-case cues followed by speech, a title page, the extension; little for
 * XML, PDF and Chinese-form scripts, nothing for binary files.
 */
final class FountainDetector {
	private static final int HEAD = 16384;
	/** What follows '<' at the start of a markup file. */
	private static final String MARKUP = "?!abcdefghijklmnopqrstuvwxyz"; //$NON-NLS-1$
	private static final int MAX_LINES = 600;
	private static final Pattern SPLIT = Pattern.compile("\r\n|\r|\n"); //$NON-NLS-1$
	/** A Chinese-form scene line ("第1场", "第十二场") or a Chinese action mark ('△'). */
	private static final Pattern CHINESE = Pattern.compile(
			"\\s*(?:\u7b2c\\s*[0-9\uff10-\uff19\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u96f6\u3007]+\\s*[\u573a\u5834\u5e55\u96c6]|[\u25b3\u25b2]).*"); //$NON-NLS-1$
	private static final Pattern TITLE_KEY = Pattern.compile("([A-Za-z ]{4,12})\\s*[:\uff1a].*"); //$NON-NLS-1$
	private static final Set<String> KEYS = Set.of("title", "credit", "author", "authors", "source", "draft date", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"date", "contact", "copyright", "notes", "revision"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private FountainDetector() {
	}

	/** The score from 0 to 90 ({@link org.backlot.script.api.ScriptImporter#detect}). */
	static int score(ScriptSource source) {
		byte[] b = source.bytes();
		if (b.length == 0 || isBinary(b)) {
			return startsWith(b, "%PDF") ? 2 : 0; //$NON-NLS-1$
		}
		String head = source.head(HEAD);
		String lead = head.stripLeading();
		if (lead.length() > 1 && lead.charAt(0) == '<' && MARKUP.indexOf(Character.toLowerCase(lead.charAt(1))) >= 0) {
			// XML (Final Draft), HTML: markup, not Fountain
			return 3;
		}
		if (startsWith(b, "%PDF")) { //$NON-NLS-1$
			return 2;
		}
		String[] lines = SPLIT.split(head, MAX_LINES + 1);
		int headings = 0;
		int cues = 0;
		int chinese = 0;
		boolean titleKey = false;
		boolean seenText = false;
		boolean prevBlank = true;
		for (int i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
			String t = lines[i].strip();
			if (t.isEmpty()) {
				prevBlank = true;
				continue;
			}
			if (!seenText) {
				seenText = true;
				var m = TITLE_KEY.matcher(t);
				titleKey = m.matches() && KEYS.contains(m.group(1).strip().toLowerCase(Locale.ROOT));
			}
			if (CHINESE.matcher(t).matches()) {
				chinese++;
			} else if (LineRules.isHeading(t) || (prevBlank && LineRules.isForcedHeading(t))) {
				headings++;
			} else if (prevBlank && i + 1 < lines.length && !lines[i + 1].isBlank() && LineRules.isUpper(t)
					&& LineRules.isCue(t)) {
				cues++;
			}
			prevBlank = false;
		}
		if (chinese > 0 && chinese >= headings) {
			return 10;
		}
		int score = 30;
		score += headings >= 3 ? 35 : headings > 0 ? 25 : 0;
		score += titleKey ? 25 : 0;
		score += cues >= 2 ? 15 : cues > 0 ? 8 : 0;
		String ext = source.extension();
		score += "fountain".equals(ext) || "spmd".equals(ext) ? 15 : 0; //$NON-NLS-1$ //$NON-NLS-2$
		return Math.min(90, score);
	}

	/** True for bytes that are not text: NUL bytes (without a UTF-16 byte-order mark) or many control characters. */
	static boolean isBinary(byte[] b) {
		if (b.length >= 2 && ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe || (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)) {
			return false;
		}
		int n = Math.min(b.length, 4096);
		int control = 0;
		for (int i = 0; i < n; i++) {
			int c = b[i] & 0xff;
			if (c == 0) {
				return true;
			}
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
				control++;
			}
		}
		return control * 20 > n;
	}

	private static boolean startsWith(byte[] b, String ascii) {
		if (b.length < ascii.length()) {
			return false;
		}
		for (int i = 0; i < ascii.length(); i++) {
			if (b[i] != ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
