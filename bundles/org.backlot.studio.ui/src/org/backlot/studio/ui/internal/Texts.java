// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;

import org.backlot.core.api.Languages;
import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Assets;
import org.backlot.studio.api.StageCalendar;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.ui.api.DisplayDates;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;

/** How studio records read in the user's language: names, kinds, states, purposes and dates. */
public final class Texts {
	private Texts() {
	}

	/** A studio record's name: the item's names, the person, "B-101", the stage, the location, the asset. */
	public static String name(StudioResource r) {
		if (r instanceof InventoryItem i) {
			return Languages.pick(i.getNameEn(), i.getNameZh());
		}
		if (r instanceof Extra x) {
			return x.getName() == null ? "" : x.getName(); //$NON-NLS-1$
		}
		if (r instanceof Apartment a) {
			return NLS.bind(Messages.apartmentName, a.getBuilding(), a.getUnit());
		}
		if (r instanceof Stage s) {
			return StageCalendar.name(s);
		}
		if (r instanceof Location l) {
			return Languages.pick(l.getName(), l.getNameZh());
		}
		if (r instanceof DigitalAsset a) {
			String n = Assets.name(a);
			return n == null ? "" : n; //$NON-NLS-1$
		}
		return r == null ? "" : String.valueOf(r.getId()); //$NON-NLS-1$
	}

	/** A record's name with its code where it has one ("C-00123 Grey long gown"). */
	public static String label(StudioResource r) {
		String code = r instanceof InventoryItem i ? i.getCode() : r instanceof Extra x ? x.getCode() : null;
		return code == null || code.isBlank() ? name(r) : code + ' ' + name(r);
	}

	/** A model enum in words ({@code kind}, {@code condition}, {@code gender}, {@code location}, {@code asset}, {@code purpose}, {@code status}). */
	public static String of(String prefix, Enumerator e) {
		if (e == null) {
			return ""; //$NON-NLS-1$
		}
		try {
			Object v = Messages.class.getField(prefix + e.getName()).get(null);
			return v == null ? e.getLiteral() : v.toString();
		} catch (ReflectiveOperationException x) {
			return e.getLiteral();
		}
	}

	/** The production a booking is for. */
	public static String production(Booking b) {
		String t = b.getProductionTitle();
		return t != null && !t.isBlank() ? t : b.getProductionId() != null ? b.getProductionId() : Messages.unknownProduction;
	}

	/** "Mar 3, 2027" / "2027年3月3日"; empty for null. */
	public static String date(LocalDate d) {
		return DisplayDates.date(d);
	}

	/** The calendar date of a model date, as {@link #date(LocalDate)}. */
	public static String date(Date d) {
		return d == null ? "" : date(local(d)); //$NON-NLS-1$
	}

	/** "Mar 3" / "3月3日". */
	public static String shortDate(LocalDate d) {
		return DisplayDates.shortDate(d);
	}

	/** "Wed Mar 3" / "3月3日 周三". */
	public static String weekdayDate(LocalDate d) {
		return DisplayDates.weekdayDate(d);
	}

	/** "Mar 3, 2027 – Mar 5, 2027", or one date when both are the same day. */
	public static String span(LocalDate from, LocalDate to) {
		if (from == null || to == null || from.equals(to)) {
			return date(from != null ? from : to);
		}
		return NLS.bind(Messages.dateSpan, date(from), date(to));
	}

	/** A booking's days. */
	public static String span(Booking b) {
		return span(local(b.getFrom()), local(b.getTo()));
	}

	/** The calendar date of a model date, or null. */
	public static LocalDate local(Date d) {
		return d == null ? null : ShootCalendar.toLocal(d);
	}

	/** Words joined with the language's list separator. */
	public static String list(Collection<String> words) {
		return String.join(Messages.listSeparator, words);
	}
}
