// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.backlot.core.api.Ids;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.DateRange;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioPackage;
import org.backlot.schedule.api.CallSheet;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.ExtrasSearch.Conflict;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** Extras' shoot-day bookings: conflicts (nobody twice a day, across productions), the booking command, head-counts and call times. */
public final class ExtrasBookings {
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	private ExtrasBookings() {
	}

	/** Why each of these people cannot work on the day: booked already (by whom) or unavailable. */
	public static List<Conflict> conflicts(Studio s, Collection<Extra> people, LocalDate day) {
		Set<Extra> wanted = new HashSet<>(people);
		long d = day.toEpochDay();
		List<Conflict> out = new ArrayList<>();
		for (Booking b : s.getBookings()) {
			if (b.getResource() instanceof Extra x && wanted.contains(x) && b.getStatus() != BookingStatus.CANCELLED && ExtrasIndex.covers(b, d)) {
				String by = b.getProductionTitle() == null || b.getProductionTitle().isBlank() ? Messages.anotherProduction : b.getProductionTitle();
				String note = b.getNote() == null || b.getNote().isBlank() ? "" : " (" + b.getNote() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				out.add(new Conflict(x, day, NLS.bind(Messages.alreadyBooked, new Object[] { who(x), ShootCalendar.label(day), by + note })));
			}
		}
		for (Extra x : new LinkedHashSet<>(people)) {
			for (DateRange r : x.getUnavailable()) {
				LocalDate from = r.getFrom() == null ? null : ShootCalendar.toLocal(r.getFrom());
				LocalDate to = r.getTo() == null ? from : ShootCalendar.toLocal(r.getTo());
				if (from != null && !day.isBefore(from) && !day.isAfter(to)) {
					String note = r.getNote() == null || r.getNote().isBlank() ? "" : " (" + r.getNote() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
					out.add(new Conflict(x, day, NLS.bind(Messages.unavailable, who(x), ShootCalendar.label(day)) + note));
				}
			}
		}
		return out;
	}

	/** A person as users name them: code and name. */
	static String who(Extra x) {
		return (x.getCode() == null ? "" : x.getCode() + " ") + (x.getName() == null ? "" : x.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The booking command, or a {@link Refused} one naming every conflict. */
	public static Command book(EditingDomain domain, Production p, ExtrasRequirement req, List<Extra> people, LocalDate day, LocalTime call) {
		Studio s = p.getStudio();
		String scene = req.getScene() == null || req.getScene().getNumber() == null ? "" : req.getScene().getNumber(); //$NON-NLS-1$
		String label = NLS.bind(Messages.bookExtras, people.size(), scene);
		if (s == null) {
			return new Refused(label, List.of(Messages.noStudio));
		}
		if (people.isEmpty()) {
			return new Refused(label, List.of(Messages.nobodyToBook));
		}
		List<Conflict> conflicts = conflicts(s, people, day);
		if (!conflicts.isEmpty()) {
			return new Refused(label, conflicts.stream().map(Conflict::reason).toList());
		}
		LocalTime time = call != null ? call : callTime(p, req, day);
		String description = req.getDescription() == null ? "" : req.getDescription(); //$NON-NLS-1$
		List<Booking> bookings = new ArrayList<>();
		for (Extra x : new LinkedHashSet<>(people)) {
			Booking b = StudioFactory.eINSTANCE.createBooking();
			b.setId(Ids.newId());
			b.setResource(x);
			b.setProductionId(p.getId());
			b.setProductionTitle(p.getTitle());
			b.setFrom(ShootCalendar.toDate(day));
			b.setTo(ShootCalendar.toDate(day));
			b.setPurpose(BookingPurpose.SHOOT);
			b.setStatus(BookingStatus.CONFIRMED);
			b.setQuantity(1);
			b.setCallTime(time == null ? null : time.format(HH_MM));
			b.setElementId(req.getScene() == null ? null : req.getScene().getId());
			b.setNote(NLS.bind(Messages.bookingNote, scene, description));
			bookings.add(b);
		}
		CompoundCommand c = new CompoundCommand(label, NLS.bind(Messages.bookExtrasDescription,
				new Object[] { bookings.size(), scene, ShootCalendar.label(day), time == null ? "" : time.format(HH_MM) })); //$NON-NLS-1$
		c.append(new AddCommand(domain, s, StudioPackage.Literals.STUDIO__BOOKINGS, bookings));
		return c;
	}

	/** The people a production has booked on the day, each counted once. */
	public static int headCount(Studio s, String productionId, LocalDate day) {
		long d = day.toEpochDay();
		Set<Extra> people = new HashSet<>();
		for (Booking b : s.getBookings()) {
			if (b.getResource() instanceof Extra x && b.getStatus() != BookingStatus.CANCELLED && productionId != null
					&& productionId.equals(b.getProductionId()) && ExtrasIndex.covers(b, d)) {
				people.add(x);
			}
		}
		return people.size();
	}

	/** The background report time of the call sheet of the day the requirement's scene is shot, or null. */
	public static LocalTime callTime(Production p, ExtrasRequirement req, LocalDate day) {
		Schedule board = BoardDays.board(p);
		if (board == null || req.getScene() == null || day == null) {
			return null;
		}
		for (BoardDays.Day d : BoardDays.of(p)) {
			if (d.date().equals(day) && d.scenes().contains(req.getScene())) {
				for (CallSheet.Background bg : CallSheet.build(p, board, d.number()).background()) {
					if (bg.scene().equals(req.getScene().getNumber() == null ? "" : req.getScene().getNumber())) { //$NON-NLS-1$
						return bg.report();
					}
				}
			}
		}
		return null;
	}

	/** The date of the scene on the active board, or null. */
	public static LocalDate shootDate(Production p, Scene scene) {
		BoardDays.Day d = BoardDays.dayOf(p, scene);
		return d == null ? null : d.date();
	}
}
