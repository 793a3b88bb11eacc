// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.forms;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DocumentKind;

/** The values a form prints, taken from the application and written the same way in both languages. */
public final class FormValues {
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT); //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT); //$NON-NLS-1$

	private FormValues() {
	}

	/** A model date (stored in this machine's zone) as a local date-time, or null. */
	public static LocalDateTime local(Date d) {
		return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), ZoneId.systemDefault());
	}

	/** "2027-03-01 07:00", or "" for null. */
	static String dateTime(Date d) {
		return d == null ? "" : DATE_TIME.format(local(d)); //$NON-NLS-1$
	}

	/** "2027-03-01", or "" for null. */
	static String date(Date d) {
		return d == null ? "" : local(d).toLocalDate().toString(); //$NON-NLS-1$
	}

	/** The end of a period: the time alone when it ends on the day it starts. */
	static String end(Date start, Date end) {
		if (start != null && end != null && local(start).toLocalDate().equals(local(end).toLocalDate())) {
			return TIME.format(local(end));
		}
		return dateTime(end);
	}

	/** Hours between two times ("12", "10.5"), or "" when either is missing. */
	static String hours(Date start, Date end) {
		if (start == null || end == null) {
			return ""; //$NON-NLS-1$
		}
		double h = Duration.between(start.toInstant(), end.toInstant()).toMinutes() / 60.0;
		return h == Math.rint(h) ? Long.toString((long) h) : String.format(Locale.ROOT, "%.1f", h); //$NON-NLS-1$
	}

	/** The file name of an attached document's path (either separator), or "" when none is attached. */
	public static String fileName(String path) {
		if (path == null || path.isBlank()) {
			return ""; //$NON-NLS-1$
		}
		String p = path.strip();
		int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
		return p.substring(cut + 1);
	}

	/** The contributed authority the application is addressed to, if it is known. */
	static Optional<AuthorityDefinition> definition(PermitApplication a) {
		return Authorities.of(a.getAuthority());
	}

	/** The form's title: the authority's form, else its name, else a generic title. */
	static String title(PermitApplication a, FormStrings s) {
		Optional<AuthorityDefinition> d = definition(a);
		if (d.isPresent()) {
			return s.pick(d.get().formTitle(), d.get().formTitleZh());
		}
		Authority r = a.getAuthority();
		String name = r == null ? "" : s.pick(r.getName(), r.getNameZh()); //$NON-NLS-1$
		return name.isBlank() ? s.get("form.generic") : name; //$NON-NLS-1$
	}

	/** The authority's name: the studio's record, else the contribution. */
	static String authority(PermitApplication a, FormStrings s) {
		Authority r = a.getAuthority();
		String name = r == null ? "" : s.pick(r.getName(), r.getNameZh()); //$NON-NLS-1$
		if (name.isBlank()) {
			name = definition(a).map(d -> s.pick(d.name(), d.nameZh())).orElse(""); //$NON-NLS-1$
		}
		return name;
	}

	/** A location's name in the form's language, the other one in brackets when it differs. */
	static String location(Location l, FormStrings s) {
		String first = s.pick(l.getName(), l.getNameZh());
		String other = s.chinese() ? l.getName() : l.getNameZh();
		return other == null || other.isBlank() || other.equals(first) ? first : first + " (" + other + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A document kind in the form's language: Backlot's keys ("site-plan") by their label, any other kind as it is. */
	static String documentKind(String kind, FormStrings s) {
		String k = kind == null ? "" : kind.strip(); //$NON-NLS-1$
		return s.find("docKind." + k.toLowerCase(Locale.ROOT)).orElse(k); //$NON-NLS-1$
	}

	/** Whether a document is a site sketch (by its key, or its kind in either language). */
	static boolean sketch(PermitDocument d) {
		String k = d.getKind() == null ? "" : d.getKind().strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return k.equals(DocumentKind.SITE_PLAN) || k.contains("sketch") || k.contains("\u793a\u610f\u56fe") || k.contains("\u8349\u56fe"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The site sketch attached for a location: one whose file names the place (a word of its name, or its
	 * Chinese name), else one that names none of the application's places; empty when none is attached.
	 */
	static Optional<String> sketchFile(PermitApplication a, Location l) {
		List<PermitDocument> sketches = a.getDocuments().stream().filter(d -> sketch(d) && !fileName(d.getPath()).isEmpty()).toList();
		Optional<PermitDocument> named = sketches.stream().filter(d -> names(d, l)).findFirst();
		if (named.isEmpty()) {
			named = sketches.stream().filter(d -> a.getLocations().stream().noneMatch(other -> names(d, other))).findFirst();
		}
		return named.map(d -> fileName(d.getPath()));
	}

	private static boolean names(PermitDocument d, Location l) {
		String text = fileName(d.getPath()).toLowerCase(Locale.ROOT);
		if (l.getNameZh() != null && !l.getNameZh().isBlank() && text.contains(l.getNameZh().strip())) {
			return true;
		}
		return l.getName() != null && Stream.of(l.getName().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) //$NON-NLS-1$
				.anyMatch(w -> w.length() >= 4 && text.contains(w));
	}
}
