// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * RFC 4180 comma-separated values as spreadsheets write them: fields quoted
 * when they hold a comma, a quote or a line break (quotes doubled inside),
 * records ended by CRLF (LF or CR alone are read too), UTF-8 with a byte order
 * mark so that Excel opens Chinese text correctly. Files without a mark that
 * are not valid UTF-8 are read as GB18030 (what Chinese Excel saves as "CSV").
 */
public final class Csv {
	private static final char BOM = '\uFEFF';
	private static final String CRLF = "\r\n"; //$NON-NLS-1$

	/** One record of a file: its 1-based number (the header is record 1, as a spreadsheet numbers rows) and its fields. */
	public record Row(int number, List<String> fields) {
		/** True when every field is empty (a blank line or a row of empty cells). */
		public boolean blank() {
			return fields.stream().allMatch(String::isEmpty);
		}
	}

	/** A file that is not well-formed CSV: the record where reading stopped and why. */
	public static final class Malformed extends Exception {
		private static final long serialVersionUID = 1L;
		private final int row;

		Malformed(int row, String message) {
			super(message);
			this.row = row;
		}

		/** The 1-based record number. */
		public int row() {
			return row;
		}
	}

	private Csv() {
	}

	/** The file's text: UTF-8 (a leading byte order mark is dropped), or GB18030 when the bytes are not UTF-8. */
	public static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			return new String(bytes, Charset.forName("GB18030")); //$NON-NLS-1$
		}
	}

	/** Reads every record of the text (a final line break is optional). */
	public static List<Row> parse(CharSequence text) throws Malformed {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int n = text.length();
		int i = n > 0 && text.charAt(0) == BOM ? 1 : 0;
		int record = 1;
		boolean quoted = false;
		boolean wasQuoted = false;
		while (i < n) {
			char c = text.charAt(i++);
			if (quoted) {
				if (c != '"') {
					field.append(c);
				} else if (i < n && text.charAt(i) == '"') {
					field.append('"');
					i++;
				} else {
					quoted = false;
					wasQuoted = true;
				}
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i < n && text.charAt(i) == '\n') {
					i++;
				}
				fields.add(field.toString());
				rows.add(new Row(record++, List.copyOf(fields)));
				fields.clear();
				field.setLength(0);
				wasQuoted = false;
			} else if (wasQuoted) {
				throw new Malformed(record, NLS.bind(Messages.csvAfterQuote, String.valueOf(c)));
			} else if (c == '"' && field.isEmpty()) {
				quoted = true;
			} else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new Malformed(record, Messages.csvOpenQuote);
		}
		if (!fields.isEmpty() || !field.isEmpty() || wasQuoted) {
			fields.add(field.toString());
			rows.add(new Row(record, List.copyOf(fields)));
		}
		return rows;
	}

	/** The records as a file's bytes: UTF-8 with a byte order mark, CRLF after each record. */
	public static byte[] write(List<? extends List<String>> records) {
		StringBuilder out = new StringBuilder().append(BOM);
		for (List<String> r : records) {
			for (int f = 0; f < r.size(); f++) {
				if (f > 0) {
					out.append(',');
				}
				appendField(out, r.get(f));
			}
			out.append(CRLF);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Appends one field, quoted when it must be. */
	static void appendField(StringBuilder out, String value) {
		String v = value == null ? "" : value; //$NON-NLS-1$
		boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
				|| !v.isEmpty() && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1)));
		if (!quote) {
			out.append(v);
			return;
		}
		out.append('"');
		for (int i = 0; i < v.length(); i++) {
			char c = v.charAt(i);
			if (c == '"') {
				out.append('"');
			}
			out.append(c);
		}
		out.append('"');
	}
}
