// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.validation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioResource;

/** How validation messages show dates and studio resources. */
final class Dates {
	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private Dates() {
	}

	static String format(Date date) {
		return date == null ? "?" : ISO.format(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate()); //$NON-NLS-1$
	}

	static String label(StudioResource r) {
		if (r instanceof Stage s) {
			return s.getName() != null ? s.getName() : "Stage " + s.getNumber(); //$NON-NLS-1$
		} else if (r instanceof InventoryItem i) {
			return i.getCode() + " " + (i.getNameEn() != null ? i.getNameEn() : i.getNameZh()); //$NON-NLS-1$
		} else if (r instanceof Extra x) {
			return x.getCode() + " " + x.getName(); //$NON-NLS-1$
		} else if (r instanceof Apartment a) {
			return a.getBuilding() + "-" + a.getUnit(); //$NON-NLS-1$
		} else if (r instanceof Location l) {
			return l.getName();
		}
		return r.getId();
	}
}
