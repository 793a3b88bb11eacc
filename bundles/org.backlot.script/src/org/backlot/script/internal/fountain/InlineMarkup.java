// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import java.util.regex.Pattern;

/**
 * Removes Fountain emphasis from text: {@code ***bold italic***},
 * {@code **bold**}, {@code *italic*}, {@code _underline_}, nested or not, and
 * turns the escapes {@code \*} and {@code \_} into the plain characters. As in
 * the spec, an emphasis marker opens before a non-blank and closes after one,
 * and never spans a line break; underline markers must also stand at word
 * edges, so {@code snake_case_name} stays as it is.
 */
final class InlineMarkup {
	private static final char STAR = '\uE001';
	private static final char UNDERSCORE = '\uE002';
	private static final Pattern BOLD_ITALIC = Pattern.compile("\\*\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*\\*"); //$NON-NLS-1$
	private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*"); //$NON-NLS-1$
	private static final Pattern ITALIC = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*"); //$NON-NLS-1$
	private static final Pattern UNDERLINE = Pattern.compile("(?<![\\p{L}\\p{N}])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}])"); //$NON-NLS-1$
	private static final String GROUP = "$1"; //$NON-NLS-1$

	private InlineMarkup() {
	}

	/** The text as a reader sees it, without emphasis markers. */
	static String strip(String text) {
		boolean star = text.indexOf('*') >= 0;
		boolean under = text.indexOf('_') >= 0;
		if (!star && !under) {
			return text;
		}
		String s = text;
		boolean escapes = s.indexOf('\\') >= 0;
		if (escapes) {
			s = s.replace("\\*", String.valueOf(STAR)).replace("\\_", String.valueOf(UNDERSCORE)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (star) {
			s = BOLD_ITALIC.matcher(s).replaceAll(GROUP);
			s = BOLD.matcher(s).replaceAll(GROUP);
			s = ITALIC.matcher(s).replaceAll(GROUP);
		}
		if (under) {
			s = UNDERLINE.matcher(s).replaceAll(GROUP);
		}
		if (escapes) {
			s = s.replace(STAR, '*').replace(UNDERSCORE, '_');
		}
		return s;
	}
}
