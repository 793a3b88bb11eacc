// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.backlot.breakdown.internal.bench.ImportBench;

/**
 * Prints the import benchmark as a text table; column headings come from the
 * messages (comma-separated) and are padded by display width, so that Chinese
 * headings line up too.
 */
final class BenchTable {
	private static final int[] WIDTHS = { 9, 8, 7, 7, 11, 9, 12, 10, 12, 11, 12 };

	private BenchTable() {
	}

	static void print(PrintStream out, List<ImportBench.Result> results) {
		String[] headings = Messages.benchColumns.split(","); //$NON-NLS-1$
		StringBuilder line = new StringBuilder();
		for (int c = 0; c < WIDTHS.length; c++) {
			cell(line, c < headings.length ? headings[c].strip() : "", c); //$NON-NLS-1$
		}
		out.println(line.toString().stripTrailing());
		for (ImportBench.Result r : results) {
			line.setLength(0);
			String[] cells = { r.format(), Long.toString(r.bytes() / 1024), number(r.pages(), 1), Integer.toString(r.scenes()),
					Integer.toString(r.paragraphs()), Integer.toString(r.elements()), Integer.toString(r.suggestions()),
					number(r.parseMsMedian(), 1), number(r.parseMsMin(), 1), number(r.importMsMedian(), 1), number(r.importMsMin(), 1) };
			for (int c = 0; c < cells.length; c++) {
				cell(line, cells[c], c);
			}
			out.println(line.toString().stripTrailing());
		}
	}

	/** Adds a cell: the first column left-aligned, the others right-aligned, by display width. */
	private static void cell(StringBuilder line, String text, int column) {
		int pad = Math.max(1, WIDTHS[column] - width(text));
		if (column == 0) {
			line.append(text).append(" ".repeat(pad)); //$NON-NLS-1$
		} else {
			line.append(" ".repeat(pad)).append(text); //$NON-NLS-1$
		}
	}

	private static String number(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Columns the text takes on a terminal: two for each full-width character. */
	private static int width(String text) {
		int w = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			w += c >= 0x1100 && (c <= 0x115f || c >= 0x2e80 && c <= 0xa4cf || c >= 0xac00 && c <= 0xd7a3
					|| c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f || c >= 0xff00 && c <= 0xff60
					|| c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
		}
		return w;
	}
}
