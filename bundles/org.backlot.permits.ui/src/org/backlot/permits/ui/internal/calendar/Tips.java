// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.calendar;

import java.util.ArrayList;
import java.util.List;

import org.backlot.permits.api.Conflict;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.ui.internal.Texts;
import org.backlot.permits.ui.internal.calendar.Grid.Cell;
import org.eclipse.osgi.util.NLS;

/** A cell's tooltip: the authority and day, then for each place its coverage, application and reasons, then any conflict. */
final class Tips {
	private Tips() {
	}

	static String of(Cell c) {
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.tipTitle, Texts.authority(c.authority()), Texts.day(c.day().number(), c.day().date())));
		if (c.requirements().isEmpty()) {
			lines.add(Messages.tipNotNeeded);
		}
		for (Requirement r : c.requirements()) {
			lines.add(""); //$NON-NLS-1$
			lines.add(NLS.bind(Messages.tipPlace, r.placeName(), Texts.coverage(r.coverage())));
			if (r.application() != null) {
				String d = r.application().getDescription();
				lines.add(NLS.bind(Messages.tipApplication, Texts.status(r.application().getStatus())
						+ (d == null || d.isBlank() ? "" : " \u2014 " + d))); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				lines.add(NLS.bind(Messages.tipNoApplication, Texts.date(r.submitBy())));
			}
			for (String why : r.reasons()) {
				lines.add("\u2022 " + why); //$NON-NLS-1$
			}
		}
		for (Conflict x : c.conflicts()) {
			lines.add(NLS.bind(Messages.tipConflict, x.message()));
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}
}
