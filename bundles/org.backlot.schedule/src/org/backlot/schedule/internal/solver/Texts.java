// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioResource;

/** How the scheduler names dates, actors, places and scenes to people. */
public final class Texts {
	private Texts() {
	}

	/** A date as "Mar 1, 2027" or "2027年3月1日" depending on the default locale. */
	public static String date(LocalDate d) {
		return d == null ? "" : DateTimeFormatter.ofPattern(Messages.datePattern, Locale.getDefault()).format(d); //$NON-NLS-1$
	}

	/** An actor's name (the character's when no actor is cast), with the cast number. */
	public static String castName(CastMember c) {
		String actor = c.getActor() != null && !c.getActor().isBlank() ? c.getActor() : c.getName();
		return actor == null ? "#" + c.getCastNumber() : actor; //$NON-NLS-1$
	}

	/** A stage's or location's name. */
	public static String resourceName(StudioResource r) {
		if (r instanceof Stage s) {
			return s.getName() != null && !s.getName().isBlank() ? s.getName() : "Stage " + s.getNumber(); //$NON-NLS-1$
		}
		if (r instanceof Location l) {
			return l.getName();
		}
		return String.valueOf(r.getId());
	}

	/** A permit status in words. */
	public static String status(PermitStatus s) {
		return s.getLiteral().toLowerCase(Locale.ROOT);
	}

	/** Scene numbers joined: "12, 14A, 20". */
	public static String scenes(Collection<Scene> scenes) {
		StringBuilder b = new StringBuilder();
		for (Scene s : scenes) {
			b.append(b.length() > 0 ? ", " : "").append(s.getNumber()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return b.toString();
	}
}
