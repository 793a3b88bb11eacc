// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.backlot.core.api.pdf.PdfCanvas;
import org.backlot.schedule.api.DoodColumn;
import org.backlot.schedule.api.DoodExport;
import org.backlot.schedule.api.DoodRow;
import org.backlot.schedule.api.DoodTable;
import org.eclipse.osgi.util.NLS;

/**
 * Draws a day-out-of-days as a landscape grid: element names on the left,
 * one narrow column per date (days off shaded), totals on the right, a legend
 * of the codes at the foot; split into pages across dates and down elements.
 */
public final class DoodPdf {
	private static final float MARGIN = 30;
	private static final float NAME_W = 130;
	private static final float DATE_W = 20;
	private static final float TOTAL_W = 30;
	private static final float HEADER_H = 28;
	private static final float ROW_H = 14;
	private static final float TITLE_H = 22;
	private static final float LEGEND_H = 40;
	private static final Color OFF = new Color(0xE6, 0xE6, 0xE6);
	private static final Color WORK = new Color(0xFF, 0xF2, 0xCC);
	private static final Color GRID = Color.GRAY;

	private DoodPdf() {
	}

	/** Writes the table to a PDF file, atomically. */
	public static void write(DoodTable t, Path file, boolean letter) throws IOException {
		try (PdfCanvas pdf = new PdfCanvas(PdfCanvas.landscape(letter))) {
			int perPageCols = Math.max(1, (int) ((pdf.width() - 2 * MARGIN - NAME_W - 5 * TOTAL_W) / DATE_W));
			int perPageRows = Math.max(1, (int) ((pdf.height() - 2 * MARGIN - TITLE_H - HEADER_H - LEGEND_H) / ROW_H));
			int colChunks = Math.max(1, (t.columns().size() + perPageCols - 1) / perPageCols);
			int rowChunks = Math.max(1, (t.rows().size() + perPageRows - 1) / perPageRows);
			int pages = colChunks * rowChunks;
			int page = 0;
			for (int c = 0; c < colChunks; c++) {
				for (int r = 0; r < rowChunks; r++) {
					page++;
					pdf.newPage();
					int c0 = c * perPageCols;
					int c1 = Math.min(t.columns().size(), c0 + perPageCols);
					int r0 = r * perPageRows;
					int r1 = Math.min(t.rows().size(), r0 + perPageRows);
					page(pdf, t, c0, c1, r0, r1, NLS.bind(Messages.doodPage, page, pages));
				}
			}
			pdf.save(file);
		}
	}

	private static void page(PdfCanvas pdf, DoodTable t, int c0, int c1, int r0, int r1, String pageLabel) throws IOException {
		String title = NLS.bind(Messages.doodTitle, t.title());
		if (!t.columns().isEmpty()) {
			title += "   " + ReportText.date(t.columns().get(0).date()) + " \u2013 " //$NON-NLS-1$ //$NON-NLS-2$
					+ ReportText.date(t.columns().get(t.columns().size() - 1).date());
		}
		pdf.text(title, MARGIN, MARGIN, 12, Color.BLACK);
		pdf.text(pageLabel, pdf.width() - MARGIN - pdf.width(pageLabel, 8), MARGIN + 3, 8, Color.DARK_GRAY);
		float top = MARGIN + TITLE_H;
		List<DoodColumn> cols = t.columns().subList(c0, c1);
		float totalsX = MARGIN + NAME_W + cols.size() * DATE_W;
		pdf.box(MARGIN, top, NAME_W, HEADER_H, GRID);
		pdf.centred(Messages.doodElement, MARGIN, top, NAME_W, HEADER_H, 8, Color.BLACK);
		for (int i = 0; i < cols.size(); i++) {
			DoodColumn col = cols.get(i);
			float x = MARGIN + NAME_W + i * DATE_W;
			if (col.dayNumber() == 0) {
				pdf.fill(x, top, DATE_W, HEADER_H + (r1 - r0) * ROW_H, OFF);
			}
			pdf.box(x, top, DATE_W, HEADER_H, GRID);
			pdf.centred(col.date().getMonthValue() + "/" + col.date().getDayOfMonth(), x, top + 1, DATE_W, HEADER_H / 3, 6, Color.DARK_GRAY); //$NON-NLS-1$
			pdf.centred(col.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.getDefault()), x,
					top + HEADER_H / 3, DATE_W, HEADER_H / 3, 5, Color.DARK_GRAY);
			String day = col.dayNumber() > 0 ? Integer.toString(col.dayNumber()) : ReportText.off(col.off());
			pdf.centred(day, x, top + 2 * HEADER_H / 3 - 1, DATE_W, HEADER_H / 3, col.dayNumber() > 0 ? 8 : 5, Color.BLACK);
		}
		String[] totals = { Messages.doodWork, Messages.doodHold, Messages.doodTravel, Messages.doodOther, Messages.doodTotal };
		for (int i = 0; i < totals.length; i++) {
			pdf.box(totalsX + i * TOTAL_W, top, TOTAL_W, HEADER_H, GRID);
			pdf.centred(totals[i], totalsX + i * TOTAL_W, top, TOTAL_W, HEADER_H, 7, Color.BLACK);
		}
		float y = top + HEADER_H;
		for (DoodRow row : t.rows().subList(r0, r1)) {
			pdf.box(MARGIN, y, NAME_W, ROW_H, GRID);
			pdf.fitted(DoodExport.label(row.element()), MARGIN + 3, y + 3, NAME_W - 6, 8);
			for (int i = 0; i < cols.size(); i++) {
				float x = MARGIN + NAME_W + i * DATE_W;
				String code = row.codes().get(c0 + i);
				if (isWork(code)) {
					pdf.fill(x, y, DATE_W, ROW_H, WORK);
				}
				pdf.box(x, y, DATE_W, ROW_H, GRID);
				pdf.centred(code, x, y, DATE_W, ROW_H, 7, Color.BLACK);
			}
			int[] values = { row.work(), row.hold(), row.travel(), row.other(), row.total() };
			for (int i = 0; i < values.length; i++) {
				pdf.box(totalsX + i * TOTAL_W, y, TOTAL_W, ROW_H, GRID);
				pdf.centred(Integer.toString(values[i]), totalsX + i * TOTAL_W, y, TOTAL_W, ROW_H, 8, Color.BLACK);
			}
			y += ROW_H;
		}
		if (t.rows().isEmpty()) {
			pdf.text(Messages.doodEmpty, MARGIN, y + 6, 9, Color.DARK_GRAY);
		}
		float legendY = pdf.height() - MARGIN - LEGEND_H + 6;
		StringBuilder legend = new StringBuilder(Messages.doodLegend);
		for (DoodColumn col : cols) {
			String off = ReportText.off(col.off());
			if (col.dayNumber() == 0 && !off.isEmpty() && !off.equals(Messages.offRest) && !off.equals(Messages.offDayOff)
					&& !off.equals(Messages.offCompanyMove)) {
				legend.append(" \u00b7 ").append(ReportText.date(col.date())).append(": ").append(off); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (String line : pdf.wrap(legend.toString(), 7, pdf.width() - 2 * MARGIN)) {
			if (legendY > pdf.height() - MARGIN / 2 - 9) {
				break;
			}
			pdf.text(line, MARGIN, legendY, 7, Color.DARK_GRAY);
			legendY += 9;
		}
	}

	private static boolean isWork(String code) {
		return switch (code) {
		case "SW", "W", "WF", "SWF", "D", "PW" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		default -> false;
		};
	}
}
