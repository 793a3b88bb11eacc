// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Chinese scene heading after its number: labels (场景：, 时间：),
 * time and interior/exterior words, bracketed words, and the set as written.
 */
final class HeadingParts {
	private static final Pattern LABEL = Pattern.compile("(场次|场号|场景|地点|场地|拍摄地点|拍摄地|时间|内外景)\\s*:"); //$NON-NLS-1$
	private static final Pattern GROUP = Pattern.compile("[(\\[【〔]([^()\\[\\]【】〔〕]*)[)\\]】〕]"); //$NON-NLS-1$
	private static final Pattern TOKEN = Pattern.compile("[^\\s,、:.\u00b7]+"); //$NON-NLS-1$
	private static final Pattern PARTS = Pattern.compile("[\\s,、]+"); //$NON-NLS-1$
	private static final Pattern SEPARATOR = Pattern.compile("[-\u2013\u2014/|~_]+"); //$NON-NLS-1$
	private static final Pattern LABEL_NUMBER = Pattern
			.compile("^\\s*" + ChineseHeadings.NUM + "(?:\\s*[-\u2013\u2014]\\s*" + ChineseHeadings.NUM + ")?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final String orig;
	private final String folded;
	private final int start;
	/** 0 free, 1 set text, 2 a break (a word, group, label or time text). */
	private final byte[] mark;
	private final char[] work;
	private final StringBuilder written = new StringBuilder();
	String intExt;
	String time;
	String labelNumber;
	int words;
	int labels;
	/** True when a label names the place (场景：, 地点：). */
	boolean setLabel;
	boolean glued;
	boolean firstIsWord;
	boolean english;
	boolean chineseTime;

	HeadingParts(String orig, String folded, int start) {
		this.orig = orig;
		this.folded = folded;
		this.start = start;
		this.mark = new byte[folded.length()];
		this.work = folded.toCharArray();
	}

	void read() {
		if (start > 0 && start < folded.length()) {
			char c = folded.charAt(start - 1);
			glued = !Character.isWhitespace(c) && ".:、,-\u2014".indexOf(c) < 0; //$NON-NLS-1$
		}
		int[] timeLabel = labels();
		groups();
		Matcher t = TOKEN.matcher(new String(work));
		t.region(start, work.length);
		boolean first = true;
		while (t.find()) {
			String token = t.group();
			if (SEPARATOR.matcher(token).matches()) {
				continue;
			}
			if (first) {
				english = HeadingWords.englishIntExt(token);
			}
			List<HeadingWords.Word> ws = HeadingWords.split(token, english);
			if (first) {
				firstIsWord = ws != null;
				first = false;
			}
			if (ws != null) {
				add(ws);
				fill(t.start(), t.end(), 2);
			} else if (t.start() >= timeLabel[0] && t.end() <= timeLabel[1]) {
				timePhrase(t.start(), t.end());
			} else {
				fill(t.start(), t.end(), 1);
			}
		}
	}

	/** Blanks the labels; returns the range of the 时间 label's value. */
	private int[] labels() {
		int[] timeRange = { -1, -1 };
		Matcher l = LABEL.matcher(folded);
		l.region(start, folded.length());
		int openTime = -1;
		while (l.find()) {
			if (openTime >= 0) {
				timeRange[1] = l.start();
				openTime = -1;
			}
			fill(l.start(), l.end(), 2);
			String label = l.group(1);
			if (label.equals("场次") || label.equals("场号")) { //$NON-NLS-1$ //$NON-NLS-2$
				Matcher n = LABEL_NUMBER.matcher(folded);
				n.region(l.end(), folded.length());
				if (n.find()) {
					labelNumber = ChineseText.digits(n.group(1)) + (n.group(2) == null ? "" : "-" + ChineseText.digits(n.group(2))); //$NON-NLS-1$ //$NON-NLS-2$
					fill(n.start(), n.end(), 2);
				}
				continue;
			}
			labels++;
			setLabel |= !label.equals("时间") && !label.equals("内外景"); //$NON-NLS-1$ //$NON-NLS-2$
			if (label.equals("时间")) { //$NON-NLS-1$
				timeRange[0] = l.end();
				timeRange[1] = folded.length();
				openTime = l.end();
			}
		}
		return timeRange;
	}

	/** Takes bracketed heading words out: "茶馆（日/内）". */
	private void groups() {
		Matcher g = GROUP.matcher(folded);
		g.region(start, folded.length());
		while (g.find()) {
			String content = g.group(1).strip();
			if (content.isEmpty()) {
				continue;
			}
			List<HeadingWords.Word> all = new ArrayList<>();
			for (String part : PARTS.split(content)) {
				List<HeadingWords.Word> ws = part.isEmpty() ? List.of() : HeadingWords.split(part, false);
				if (ws == null) {
					all = null;
					break;
				}
				all.addAll(ws);
			}
			if (all != null && !all.isEmpty()) {
				add(all);
				fill(g.start(), g.end(), 2);
			}
		}
	}

	private void add(List<HeadingWords.Word> ws) {
		for (HeadingWords.Word w : ws) {
			words++;
			if (w.time()) {
				if (time == null) {
					time = w.value();
				}
				appendWritten(w.written());
				chineseTime |= ChineseText.hasHan(w.written());
			} else {
				intExt = HeadingWords.combine(intExt, w.value());
			}
		}
	}

	/** A 时间 value that is no single time word ("下午三点"): kept as written. */
	private void timePhrase(int from, int to) {
		String phrase = folded.substring(from, to);
		String t = HeadingWords.timePrefix(phrase);
		if (time == null) {
			time = t;
		}
		chineseTime |= t != null;
		appendWritten(orig.substring(from, to));
		fill(from, to, 2);
	}

	private void appendWritten(String w) {
		if (!written.isEmpty()) {
			written.append(' ');
		}
		written.append(w);
	}

	private void fill(int from, int to, int value) {
		for (int i = from; i < to; i++) {
			mark[i] = (byte) value;
			work[i] = ' ';
		}
	}

	String timeWritten() {
		return written.isEmpty() ? null : written.toString();
	}

	/** The set: set pieces as written, joined by what stood between them, or a space across a heading word. */
	String set() {
		StringBuilder sb = new StringBuilder();
		int i = start;
		int lastEnd = -1;
		boolean broken = false;
		while (i < mark.length) {
			if (mark[i] != 1) {
				broken |= mark[i] == 2;
				i++;
				continue;
			}
			int j = i;
			while (j < mark.length && mark[j] == 1) {
				j++;
			}
			if (lastEnd >= 0) {
				sb.append(broken ? " " : orig.substring(lastEnd, i)); //$NON-NLS-1$
			}
			sb.append(orig, i, j);
			lastEnd = j;
			broken = false;
			i = j;
		}
		return sb.toString().strip();
	}

	int setLength() {
		int n = 0;
		for (byte b : mark) {
			n += b == 1 ? 1 : 0;
		}
		return n;
	}
}
