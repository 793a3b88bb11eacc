// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.example.backlot.budget.Account;
import com.example.backlot.budget.Line;
import com.example.backlot.budget.Money;
import com.example.backlot.budget.TopSheet;

/** Writes a top-sheet as a text table: account, basis, rate, amount; then subtotal, contingency, total and the notes. */
final class TopSheetText {
	private TopSheetText() {
	}

	static void print(TopSheet sheet, boolean withLines, PrintStream out) {
		String title = sheet.production() == null ? Messages.untitled : sheet.production();
		out.println(sheet.board() == null ? NLS.bind(Messages.header, title) : NLS.bind(Messages.headerBoard, title, sheet.board()));
		out.println();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { Messages.colAccount, Messages.colBasis, Messages.colRate, Messages.colAmount });
		for (Account a : sheet.accounts()) {
			rows.add(new String[] { a.label(), a.basis(), rate(a.rate()), Money.format(a.amount()) });
			if (withLines) {
				for (Line l : a.lines()) {
					rows.add(new String[] { "  " + l.label(), l.basis(), rate(l.rate()), Money.format(l.amount()) }); //$NON-NLS-1$
				}
			}
		}
		rows.add(null);
		rows.add(new String[] { Messages.subtotal, "", "", Money.format(sheet.subtotal()) }); //$NON-NLS-1$ //$NON-NLS-2$
		rows.add(new String[] { Messages.contingency, "", Money.quantity(sheet.contingencyPercent()) + "%", Money.format(sheet.contingency()) }); //$NON-NLS-1$ //$NON-NLS-2$
		rows.add(new String[] { Messages.total, "", "", Money.format(sheet.total()) }); //$NON-NLS-1$ //$NON-NLS-2$
		int[] widths = new int[4];
		for (String[] r : rows) {
			for (int c = 0; r != null && c < 4; c++) {
				widths[c] = Math.max(widths[c], width(r[c]));
			}
		}
		for (String[] r : rows) {
			if (r == null) {
				out.println("-".repeat(widths[0] + widths[1] + widths[2] + widths[3] + 6)); //$NON-NLS-1$
				continue;
			}
			out.println((pad(r[0], widths[0], false) + "  " + pad(r[1], widths[1], false) + "  " + pad(r[2], widths[2], true) + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ pad(r[3], widths[3], true)).stripTrailing());
		}
		if (!sheet.notes().isEmpty()) {
			out.println();
			for (String note : sheet.notes()) {
				out.println(NLS.bind(Messages.note, note));
			}
		}
	}

	private static String rate(double rate) {
		return Double.isNaN(rate) ? "" : Money.format(rate); //$NON-NLS-1$
	}

	private static String pad(String s, int width, boolean right) {
		String fill = " ".repeat(Math.max(0, width - width(s))); //$NON-NLS-1$
		return right ? fill + s : s + fill;
	}

	/** Columns a string takes in a terminal: two for CJK and full-width characters. */
	static int width(String s) {
		int w = 0;
		for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
			int cp = s.codePointAt(i);
			w += cp >= 0x1100 && (cp <= 0x115f || cp >= 0x2e80 && cp <= 0xa4cf || cp >= 0xac00 && cp <= 0xd7a3 || cp >= 0xf900 && cp <= 0xfaff
					|| cp >= 0xfe30 && cp <= 0xfe4f || cp >= 0xff00 && cp <= 0xff60 || cp >= 0xffe0 && cp <= 0xffe6 || cp >= 0x20000) ? 2 : 1;
		}
		return w;
	}
}
