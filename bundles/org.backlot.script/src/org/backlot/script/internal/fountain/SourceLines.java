// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * The lines of a Fountain file made ready for the parser: any line end (LF,
 * CRLF, CR) splits lines, tabs become four spaces, trailing blanks go, the
 * boneyard (comments from "/*" to "*&#47;", nested or not, over any number
 * of lines) is removed and notes ({@code [[ ]]},
 * possibly over several lines) are taken out and replaced by one
 * {@link #NOTE_MARK} each.
 */
final class SourceLines {
	/** Stands in a line for a note that was taken out of it. */
	static final char NOTE_MARK = '\uE000';
	/** An empty line (or one of a single blank). */
	static final byte BLANK = 0;
	/** A line of two or more blanks: keeps dialogue or action together. */
	static final byte SPACER = 1;
	/** A line with text. */
	static final byte TEXT = 2;
	/** A line with nothing but notes. */
	static final byte NOTE_ONLY = 3;

	private final List<String> lines = new ArrayList<>();
	private final List<Integer> numbers = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private byte[] kinds;
	// state of the line split
	private final StringBuilder cur = new StringBuilder();
	private int lineNo = 1;
	private boolean touched;
	// where the outermost open comment started, to undo it when it is never closed
	private int openLine;
	private int openLines;
	private String openPrefix;
	private boolean openTouched;

	private SourceLines() {
	}

	/** Prepares the text of a Fountain file. */
	static SourceLines of(String text) {
		SourceLines s = new SourceLines();
		s.split(text);
		s.takeNotes();
		s.classify();
		return s;
	}

	/** Number of lines. */
	int size() {
		return lines.size();
	}

	/** A line, without trailing blanks unless it is only blanks. */
	String line(int i) {
		return lines.get(i);
	}

	/** The kind of a line: {@link #BLANK}, {@link #SPACER}, {@link #TEXT} or {@link #NOTE_ONLY}. */
	byte kind(int i) {
		return kinds[i];
	}

	/** The notes in the order their marks appear. */
	List<String> notes() {
		return notes;
	}

	/** Warnings about comments or notes that are never closed. */
	List<String> warnings() {
		return warnings;
	}

	private void split(String text) {
		int from = 0;
		boolean boneyard = true;
		while (true) {
			int unclosed = scan(text, from, boneyard);
			if (unclosed < 0) {
				break;
			}
			// a comment that is never closed: keep its text as written and read on without comments
			warnings.add(NLS.bind(Messages.unterminatedBoneyard, Integer.valueOf(openLine)));
			while (lines.size() > openLines) {
				lines.remove(lines.size() - 1);
				numbers.remove(numbers.size() - 1);
			}
			cur.setLength(0);
			cur.append(openPrefix).append("/*"); //$NON-NLS-1$
			touched = openTouched;
			lineNo = openLine;
			from = unclosed + 2;
			boneyard = false;
		}
		if (!cur.isEmpty() || touched) {
			endLine();
		}
	}

	/**
	 * Splits the text from {@code from} into lines, leaving out comments when
	 * {@code boneyard}; returns the offset of an opening "/*" that is never
	 * closed, else -1.
	 */
	private int scan(String text, int from, boolean boneyard) {
		int n = text.length();
		int depth = 0;
		int openAt = -1;
		for (int i = from; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				endLine();
				lineNo++;
				touched = depth > 0;
				continue;
			}
			char next = i + 1 < n ? text.charAt(i + 1) : 0;
			if (depth > 0) {
				if (c == '/' && next == '*') {
					depth++;
					i++;
				} else if (c == '*' && next == '/') {
					depth--;
					i++;
					// "an /* internal */ boneyard" keeps one blank
					if (depth == 0 && i + 1 < n && text.charAt(i + 1) == ' ' && !cur.isEmpty() && cur.charAt(cur.length() - 1) == ' ') {
						i++;
					}
				}
			} else if (boneyard && c == '/' && next == '*') {
				openAt = i;
				openLine = lineNo;
				openLines = lines.size();
				openPrefix = cur.toString();
				openTouched = touched;
				depth = 1;
				touched = true;
				i++;
			} else if (c == '\t') {
				cur.append("    "); //$NON-NLS-1$
			} else if (c != NOTE_MARK) {
				cur.append(c);
			}
		}
		return depth > 0 ? openAt : -1;
	}

	private void endLine() {
		boolean blank = isBlank(cur);
		if (!(touched && blank)) {
			lines.add(blank ? cur.toString() : stripTrailing(cur));
			numbers.add(Integer.valueOf(lineNo));
		}
		cur.setLength(0);
	}

	private static boolean isBlank(CharSequence s) {
		for (int i = 0; i < s.length(); i++) {
			if (!Character.isWhitespace(s.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static String stripTrailing(CharSequence s) {
		int end = s.length();
		while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
			end--;
		}
		return s.subSequence(0, end).toString();
	}

	/** Takes notes out of the lines; a note may span lines but not a blank line. */
	private void takeNotes() {
		List<String> out = new ArrayList<>(lines.size());
		List<Integer> outNumbers = new ArrayList<>(lines.size());
		int noCloseBefore = -1;
		int n = lines.size();
		for (int i = 0; i < n; i++) {
			String s = lines.get(i);
			if (s.indexOf("[[") < 0) { //$NON-NLS-1$
				out.add(s);
				outNumbers.add(numbers.get(i));
				continue;
			}
			int first = i;
			StringBuilder b = new StringBuilder();
			int from = 0;
			while (true) {
				int p = s.indexOf("[[", from); //$NON-NLS-1$
				if (p < 0) {
					b.append(s, from, s.length());
					break;
				}
				int q = s.indexOf("]]", p + 2); //$NON-NLS-1$
				if (q >= 0) {
					b.append(s, from, p);
					addNote(b, s.substring(p + 2, q));
					from = q + 2;
					continue;
				}
				int close = i < noCloseBefore ? -1 : findClose(i + 1);
				if (close < 0) {
					noCloseBefore = Math.max(noCloseBefore, blankAfter(i + 1));
					warnings.add(NLS.bind(Messages.unterminatedNote, numbers.get(i)));
					b.append(s, from, p + 2);
					from = p + 2;
					continue;
				}
				StringBuilder note = new StringBuilder(s.substring(p + 2).strip());
				for (int k = i + 1; k < close; k++) {
					note.append('\n').append(lines.get(k).strip());
				}
				String last = lines.get(close);
				int end = last.indexOf("]]"); //$NON-NLS-1$
				note.append('\n').append(last.substring(0, end).strip());
				b.append(s, from, p);
				addNote(b, note.toString());
				s = last;
				i = close;
				from = end + 2;
			}
			out.add(stripTrailing(b));
			outNumbers.add(numbers.get(first));
		}
		lines.clear();
		lines.addAll(out);
		numbers.clear();
		numbers.addAll(outNumbers);
	}

	private void addNote(StringBuilder b, String note) {
		String text = note.strip();
		if (!text.isEmpty()) {
			b.append(NOTE_MARK);
			notes.add(text);
		}
	}

	/** The line from {@code start} on that closes a note, or -1 when a blank line or the end comes first. */
	private int findClose(int start) {
		for (int k = start; k < lines.size(); k++) {
			String s = lines.get(k);
			if (s.length() < 2 && s.isBlank()) {
				return -1;
			}
			if (s.contains("]]")) { //$NON-NLS-1$
				return k;
			}
		}
		return -1;
	}

	private int blankAfter(int start) {
		for (int k = start; k < lines.size(); k++) {
			String s = lines.get(k);
			if (s.length() < 2 && s.isBlank()) {
				return k;
			}
		}
		return lines.size();
	}

	private void classify() {
		kinds = new byte[lines.size()];
		for (int i = 0; i < kinds.length; i++) {
			String s = lines.get(i);
			if (s.indexOf(NOTE_MARK) >= 0 && isBlank(s.replace(String.valueOf(NOTE_MARK), ""))) { //$NON-NLS-1$
				kinds[i] = NOTE_ONLY;
			} else if (s.length() < 2 && s.isBlank()) {
				kinds[i] = BLANK;
			} else if (s.isBlank()) {
				kinds[i] = SPACER;
			} else {
				kinds[i] = TEXT;
			}
		}
	}
}
