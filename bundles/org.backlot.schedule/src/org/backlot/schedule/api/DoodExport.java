// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.schedule.internal.reports.DoodPdf;

/** Writes a day-out-of-days as CSV (RFC 4180) or as a landscape PDF grid. */
public final class DoodExport {
	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private DoodExport() {
	}

	/**
	 * The table as CSV: a header (element, each date as yyyy-MM-dd with the
	 * shoot day number in brackets, Work, Hold, Travel, Other, Total, Start,
	 * Finish), then one line per element; CRLF line ends, fields quoted when needed.
	 */
	public static String csv(DoodTable t) {
		StringBuilder b = new StringBuilder();
		List<String> header = new ArrayList<>();
		header.add("Element"); //$NON-NLS-1$
		for (DoodColumn c : t.columns()) {
			header.add(ISO.format(c.date()) + (c.dayNumber() > 0 ? " (" + c.dayNumber() + ")" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		header.addAll(List.of("Work", "Hold", "Travel", "Other", "Total", "Start", "Finish")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		line(b, header);
		for (DoodRow r : t.rows()) {
			List<String> fields = new ArrayList<>();
			fields.add(label(r.element()));
			fields.addAll(r.codes());
			fields.add(Integer.toString(r.work()));
			fields.add(Integer.toString(r.hold()));
			fields.add(Integer.toString(r.travel()));
			fields.add(Integer.toString(r.other()));
			fields.add(Integer.toString(r.total()));
			fields.add(r.start() == null ? "" : ISO.format(r.start())); //$NON-NLS-1$
			fields.add(r.finish() == null ? "" : ISO.format(r.finish())); //$NON-NLS-1$
			line(b, fields);
		}
		return b.toString();
	}

	/** Writes the table as a landscape PDF grid with a legend, paginated, atomically; A4 or US Letter. */
	public static void pdf(DoodTable t, Path out, boolean letter) throws IOException {
		DoodPdf.write(t, out, letter);
	}

	/** How an element is named in a day-out-of-days: "1. Chen Mo" for cast, the name otherwise. */
	public static String label(Element e) {
		String name = e.getName() == null ? "" : e.getName(); //$NON-NLS-1$
		if (e instanceof CastMember c && c.getCastNumber() > 0) {
			return c.getCastNumber() + ". " + name; //$NON-NLS-1$
		}
		return name;
	}

	private static void line(StringBuilder b, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			b.append(quote(fields.get(i)));
		}
		b.append("\r\n"); //$NON-NLS-1$
	}

	private static String quote(String field) {
		String f = field == null ? "" : field; //$NON-NLS-1$
		if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) {
			return f;
		}
		return '"' + f.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
