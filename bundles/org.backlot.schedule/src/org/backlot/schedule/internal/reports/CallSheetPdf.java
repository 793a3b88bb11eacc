// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.backlot.core.api.pdf.ReportWriter;
import org.backlot.schedule.api.CallSheet;
import org.eclipse.osgi.util.NLS;

/** Writes a {@link CallSheet} as a PDF in the user's language, section by section. */
public final class CallSheetPdf {
	private static final float BODY = 9;
	private static final float HEADING = 11;
	private static final Color SECTION = new Color(0x20, 0x40, 0x80);

	private CallSheetPdf() {
	}

	/** Writes the sheet to a file, atomically. */
	public static void write(CallSheet s, Path file, boolean letter) throws IOException {
		try (ReportWriter w = new ReportWriter(letter)) {
			w.newPage();
			String title = s.title() + (s.originalTitle().isEmpty() || s.originalTitle().equals(s.title()) ? "" : "  " + s.originalTitle()); //$NON-NLS-1$ //$NON-NLS-2$
			w.text(title, 16, 0, Color.BLACK);
			w.text(Messages.csTitle + " \u2014 " + NLS.bind(Messages.csDayOf, s.dayNumber(), s.dayCount()), 13, 0, SECTION); //$NON-NLS-1$
			w.rule();
			w.labelled(null, Messages.csDate, ReportText.date(s.date()), BODY);
			w.labelled(null, Messages.csCrewCall, ReportText.time(s.crewCall()), BODY);
			w.labelled(null, Messages.csShootingCall, ReportText.time(s.shootingCall()), BODY);
			w.labelled(null, Messages.csWrap, ReportText.time(s.wrap()), BODY);
			w.labelled(null, Messages.csWeather, s.weather().isEmpty() ? "\u2014" : s.weather(), BODY); //$NON-NLS-1$
			w.labelled(null, Messages.csSun, sun(s), BODY);
			section(w, Messages.csLocations);
			for (CallSheet.Place p : s.locations()) {
				w.labelled(null, p.name(), p.address().isEmpty() ? "\u2014" : Messages.csAddress + ": " + p.address(), BODY); //$NON-NLS-1$ //$NON-NLS-2$
				detail(w, Messages.csParking, p.parking());
				detail(w, Messages.csHospital, p.hospital());
			}
			section(w, Messages.csScenes);
			for (CallSheet.SceneLine l : s.scenes()) {
				String line = NLS.bind(Messages.csSceneLine, new Object[] { l.intExt() + ". " + l.set(), l.dayNight(), l.pages(), //$NON-NLS-1$
						l.cast().isEmpty() ? "\u2014" : l.cast(), ReportText.time(l.start()), l.minutes() }); //$NON-NLS-1$
				if (l.extras() > 0) {
					line += " | " + NLS.bind(Messages.csExtras, l.extras()); //$NON-NLS-1$
				}
				w.labelled(null, NLS.bind(Messages.csScene, l.number()), line, BODY);
				if (!l.synopsis().isEmpty()) {
					w.labelled(null, "", l.synopsis(), BODY - 1); //$NON-NLS-1$
				}
			}
			section(w, Messages.csCast);
			w.labelled(null, "", Messages.csCastHeader, BODY - 1); //$NON-NLS-1$
			for (CallSheet.CastCall c : s.cast()) {
				String who = (c.castNumber() > 0 ? c.castNumber() + ". " : "") + c.character(); //$NON-NLS-1$ //$NON-NLS-2$
				String calls = NLS.bind(Messages.csCastLine, new Object[] { ReportText.time(c.pickup()), ReportText.time(c.makeup()),
						ReportText.time(c.onSet()) }) + "   " + c.actor(); //$NON-NLS-1$
				w.labelled(null, who, calls, BODY);
			}
			if (!s.background().isEmpty()) {
				section(w, Messages.csBackground);
				for (CallSheet.Background b : s.background()) {
					w.labelled(null, NLS.bind(Messages.csScene, b.scene()),
							NLS.bind(Messages.csBackgroundLine, new Object[] { b.count(), b.description(), ReportText.time(b.report()) }), BODY);
				}
			}
			section(w, Messages.csSpecial);
			if (s.requirements().isEmpty()) {
				w.text(Messages.csNone, BODY, 0, Color.DARK_GRAY);
			}
			for (CallSheet.Requirement r : s.requirements()) {
				w.labelled(null, NLS.bind(Messages.csScene, r.scene()), r.category() + ": " + r.element(), BODY); //$NON-NLS-1$
			}
			section(w, Messages.csAdvance);
			if (s.advance().isEmpty()) {
				w.text(Messages.csNone, BODY, 0, Color.DARK_GRAY);
			}
			for (CallSheet.AdvanceDay a : s.advance()) {
				w.labelled(null, NLS.bind(Messages.csAdvanceDay, a.dayNumber(), ReportText.date(a.date())),
						String.join(", ", a.scenes()) + " \u2014 " + String.join("; ", a.sets()), BODY); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			section(w, Messages.csCrew);
			for (CallSheet.CrewCall c : s.crew()) {
				w.labelled(null, c.department(), c.role() + ": " + c.name() + "   " + ReportText.time(c.call()), BODY); //$NON-NLS-1$ //$NON-NLS-2$
			}
			w.save(file);
		}
	}

	private static String sun(CallSheet s) {
		if (s.sun() == null) {
			return "\u2014"; //$NON-NLS-1$
		}
		if (!s.sun().hasSunriseAndSunset()) {
			return Messages.csPolar;
		}
		return ReportText.time(s.sun().sunrise()) + " / " + ReportText.time(s.sun().sunset()); //$NON-NLS-1$
	}

	private static void detail(ReportWriter w, String label, String value) throws IOException {
		if (value != null && !value.isEmpty()) {
			w.labelled(null, "", label + ": " + value, BODY); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void section(ReportWriter w, String title) throws IOException {
		w.space(4);
		w.text(title, HEADING, 0, SECTION);
		w.rule();
	}
}
