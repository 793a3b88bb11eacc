// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * The text of a photometric file as lines and as a stream of values that remember their line, so that every
 * error names the file and the line at fault.
 */
final class Lines {
	/** One value of the stream and the line (1-based) it stands on. */
	record Token(String text, int line) {
	}

	private final String file;
	private final List<String> lines;
	private final List<Token> tokens = new ArrayList<>();
	private int next;

	/** The lines of {@code text}, read from the file named {@code file} (for messages). */
	Lines(String file, String text) {
		this.file = file;
		String t = text.startsWith("\uFEFF") ? text.substring(1) : text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3) : text; //$NON-NLS-1$ //$NON-NLS-2$
		this.lines = List.of(t.replace("\u001A", "").split("\r\n|\r|\n", -1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The number of lines. */
	int size() {
		return lines.size();
	}

	/** Line {@code number} (1-based), or null past the end. */
	String line(int number) {
		return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
	}

	/** The last line that holds anything but blanks (1 for an empty file). */
	int lastLine() {
		for (int i = lines.size(); i > 1; i--) {
			if (!lines.get(i - 1).isBlank()) {
				return i;
			}
		}
		return 1;
	}

	/** Splits lines {@code from} to the end into values at {@code separators} (a regular expression). */
	void tokenize(int from, String separators) {
		tokens.clear();
		next = 0;
		for (int i = Math.max(1, from); i <= lines.size(); i++) {
			for (String s : lines.get(i - 1).trim().split(separators)) {
				if (!s.isEmpty()) {
					tokens.add(new Token(s, i));
				}
			}
		}
	}

	/** Whether values are left in the stream. */
	boolean hasNext() {
		return next < tokens.size();
	}

	/** How many values are left. */
	int remaining() {
		return tokens.size() - next;
	}

	/** The next value of the stream; {@code what} names it in the error at the end of the file. */
	Token token(String what) throws PhotometricException {
		if (!hasNext()) {
			throw error(lastLine(), NLS.bind(Messages.endOfFile, what));
		}
		return tokens.get(next++);
	}

	/** The next value of the stream as a number. */
	double number(String what) throws PhotometricException {
		Token t = token(what);
		return parse(t.text(), t.line(), what);
	}

	/** The next value as a whole number of at least {@code min}. */
	int count(String what, int min) throws PhotometricException {
		Token t = token(what);
		return whole(parse(t.text(), t.line(), what), t.line(), what, min);
	}

	/** The number on line {@code number}, which must hold just that number. */
	double numberAt(int number, String what) throws PhotometricException {
		String s = line(number);
		if (s == null) {
			throw error(lastLine(), NLS.bind(Messages.endOfFile, what));
		}
		return parse(s.trim(), number, what);
	}

	/** The whole number of at least {@code min} on line {@code number}. */
	int countAt(int number, String what, int min) throws PhotometricException {
		return whole(numberAt(number, what), number, what, min);
	}

	/** The line of the value read last (or the last line when none was read). */
	int currentLine() {
		return next > 0 ? tokens.get(next - 1).line() : lastLine();
	}

	/** An error at line {@code number}. */
	PhotometricException error(int number, String what) {
		return new PhotometricException(NLS.bind(Messages.at, new Object[] { file, number, what }));
	}

	/** An error about the file as a whole. */
	PhotometricException error(String what) {
		return new PhotometricException(NLS.bind(Messages.inFile, file, what));
	}

	private double parse(String text, int number, String what) throws PhotometricException {
		try {
			double v = Double.parseDouble(text.replace(',', '.'));
			if (Double.isFinite(v) && !text.endsWith("d") && !text.endsWith("f") && !text.endsWith("D") && !text.endsWith("F")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				return v;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw error(number, NLS.bind(Messages.expectedNumber, what, text));
	}

	private int whole(double v, int number, String what, int min) throws PhotometricException {
		if (v != Math.rint(v) || v < min || v > 1e6) {
			throw error(number, NLS.bind(Messages.notACount, new Object[] { what, min, format(v) }));
		}
		return (int) v;
	}

	/** A number written shortly for messages. */
	static String format(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
	}
}
