// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.util.regex.Pattern;

import org.backlot.script.api.ScriptSource;

/**
 * Says how sure the Chinese importer is about a file: high when several lines
 * are Chinese headings, △ action, 人物 cast lines or "名字：台词" speech; 0 for
 * PDF, XML and other binary files and for text without Chinese.
 */
final class ChineseDetector {
	private static final int HEAD = 20000;
	private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n"); //$NON-NLS-1$

	private ChineseDetector() {
	}

	/** The score, 0 to 100. */
	static int score(ScriptSource source) {
		if (source == null || source.bytes() == null || source.bytes().length == 0 || binary(source.bytes())) {
			return 0;
		}
		String head = source.head(HEAD);
		String start = head.stripLeading();
		if (start.startsWith("<") || head.indexOf('\0') >= 0 || !ChineseText.hasHan(head)) { //$NON-NLS-1$
			return 0;
		}
		int headings = 0;
		int actions = 0;
		int casts = 0;
		int speeches = 0;
		for (String line : LINE_END.split(head)) {
			String s = ChineseText.clean(line);
			if (s.isEmpty() || !ChineseText.hasHan(s)) {
				continue;
			}
			String f = ChineseText.fold(s);
			if (ChineseHeadings.match(s) != null) {
				headings++;
			} else if (ChineseLines.action(s) != null) {
				actions++;
			} else if (ChineseLines.cast(f)) {
				casts++;
			} else if (ChineseLines.label(f) == null && ChineseLines.transition(s, f) == null
					&& ChineseSpeech.read(s, f) != null) {
				speeches++;
			}
		}
		int kinds = (headings > 0 ? 1 : 0) + (actions > 0 ? 1 : 0) + (casts > 0 ? 1 : 0) + (speeches > 0 ? 1 : 0);
		int total = headings + actions + casts + speeches;
		if (headings > 0 && kinds >= 2 && total >= 4) {
			return Math.min(97, 85 + 2 * kinds + Math.min(total, 20) / 5);
		}
		if (total >= 3) {
			return 60;
		}
		return total > 0 ? 40 : 10;
	}

	/** True for bytes that are a PDF, or that hold NUL bytes without a UTF-16 byte-order mark. */
	static boolean binary(byte[] b) {
		if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
			return true;
		}
		if (b.length >= 2 && ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe || (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)) {
			return false;
		}
		int n = Math.min(b.length, 8000);
		for (int i = 0; i < n; i++) {
			if (b[i] == 0) {
				return true;
			}
		}
		return false;
	}
}
