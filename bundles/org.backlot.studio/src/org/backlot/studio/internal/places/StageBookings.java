// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.StageCalendar;
import org.backlot.studio.api.StageCalendar.Conflict;
import org.backlot.studio.api.StageCalendar.Options;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** The workings of {@link StageCalendar}: shoot days into runs, needs into commands, bookings into overlaps. */
public final class StageBookings {
	private static final StudioPackage P = StudioPackage.eINSTANCE;
	private static final List<BookingPurpose> STAGE_PURPOSES = List.of(BookingPurpose.PREP, BookingPurpose.SHOOT, BookingPurpose.HOLD,
			BookingPurpose.STRIKE);

	private StageBookings() {
	}

	/** The bookings of one stage for its shoot dates: prep, a SHOOT booking per run of consecutive dates, holds between runs, strike. */
	public static List<Booking> of(Production p, Stage stage, NavigableSet<LocalDate> dates, Options o) {
		List<Booking> out = new ArrayList<>();
		if (dates.isEmpty()) {
			return out;
		}
		LocalDate first = dates.first();
		LocalDate last = dates.last();
		if (o.prepDays() > 0) {
			out.add(StageCalendar.booking(p, stage, BookingPurpose.PREP, first.minusDays(o.prepDays()), first.minusDays(1)));
		}
		LocalDate runStart = first;
		LocalDate prev = first;
		for (LocalDate d : dates.tailSet(first, false)) {
			if (!d.equals(prev.plusDays(1))) {
				out.add(StageCalendar.booking(p, stage, BookingPurpose.SHOOT, runStart, prev));
				if (o.holdBetween()) {
					out.add(StageCalendar.booking(p, stage, BookingPurpose.HOLD, prev.plusDays(1), d.minusDays(1)));
				}
				runStart = d;
			}
			prev = d;
		}
		out.add(StageCalendar.booking(p, stage, BookingPurpose.SHOOT, runStart, last));
		if (o.strikeDays() > 0) {
			out.add(StageCalendar.booking(p, stage, BookingPurpose.STRIKE, last.plusDays(1), last.plusDays(o.strikeDays())));
		}
		return out;
	}

	/** The command that makes the production's stage bookings match the needs (see {@link StageCalendar#book}). */
	public static Command book(EditingDomain d, Production p, List<Booking> needs) {
		Studio studio = p.getStudio();
		if (studio == null) {
			return UnexecutableCommand.INSTANCE;
		}
		String label = NLS.bind(Messages.bookStages, p.getTitle());
		List<Booking> existing = new ArrayList<>(StageCalendar.bookings(p).stream().filter(b -> STAGE_PURPOSES.contains(b.getPurpose())).toList());
		List<Booking> open = new ArrayList<>();
		CompoundCommand c = new CompoundCommand(label);
		for (Booking n : needs) {
			Booking same = find(existing, n, true);
			if (same == null) {
				open.add(n);
				continue;
			}
			existing.remove(same);
			if (same.getStatus() == BookingStatus.CANCELLED) {
				c.append(new SetCommand(d, same, P.getBooking_Status(), BookingStatus.TENTATIVE));
			}
			if (!Objects.equals(same.getProductionTitle(), p.getTitle())) {
				c.append(new SetCommand(d, same, P.getBooking_ProductionTitle(), p.getTitle()));
			}
		}
		List<Booking> added = new ArrayList<>();
		for (Booking n : open) {
			Booking moved = find(existing, n, false);
			if (moved == null) {
				added.add(n);
				continue;
			}
			existing.remove(moved);
			c.append(new SetCommand(d, moved, P.getBooking_From(), n.getFrom()));
			c.append(new SetCommand(d, moved, P.getBooking_To(), n.getTo()));
			c.append(new SetCommand(d, moved, P.getBooking_ProductionTitle(), p.getTitle()));
			if (moved.getStatus() != BookingStatus.TENTATIVE) {
				c.append(new SetCommand(d, moved, P.getBooking_Status(), BookingStatus.TENTATIVE));
			}
		}
		for (Booking gone : existing) {
			if (gone.getStatus() == BookingStatus.CONFIRMED) {
				c.append(new SetCommand(d, gone, P.getBooking_Status(), BookingStatus.CANCELLED));
			} else if (gone.getStatus() == BookingStatus.TENTATIVE) {
				c.append(new RemoveCommand(d, studio, P.getStudio_Bookings(), gone));
			}
		}
		if (!added.isEmpty()) {
			c.append(new AddCommand(d, studio, P.getStudio_Bookings(), added));
		}
		return c.isEmpty() ? new IdentityCommand(label) : c;
	}

	/** An existing booking of the same stage and purpose: with the same dates, or (when {@code exact} is false) the first by date. */
	private static Booking find(List<Booking> existing, Booking need, boolean exact) {
		for (Booking b : existing) {
			if (b.getResource() == need.getResource() && b.getPurpose() == need.getPurpose()
					&& (!exact || b.getFrom().equals(need.getFrom()) && Objects.equals(b.getTo(), need.getTo()))) {
				return b;
			}
		}
		return null;
	}

	/** Overlaps of CONFIRMED or TENTATIVE stage bookings of different productions among the given bookings. */
	public static List<Conflict> conflicts(Collection<Booking> existing, Collection<Booking> proposed) {
		Map<Stage, List<Booking>> byStage = new HashMap<>();
		for (Collection<Booking> all : List.of(existing, proposed)) {
			for (Booking b : all) {
				if (b.getResource() instanceof Stage s && b.getStatus() != BookingStatus.CANCELLED && b.getFrom() != null && b.getTo() != null) {
					byStage.computeIfAbsent(s, k -> new ArrayList<>()).add(b);
				}
			}
		}
		List<Conflict> out = new ArrayList<>();
		for (Map.Entry<Stage, List<Booking>> e : byStage.entrySet()) {
			List<Booking> list = e.getValue();
			list.sort(Comparator.comparing(Booking::getFrom));
			for (int i = 0; i < list.size(); i++) {
				Booking a = list.get(i);
				for (int j = i + 1; j < list.size() && !list.get(j).getFrom().after(a.getTo()); j++) {
					Booking b = list.get(j);
					if (!Objects.equals(a.getProductionId(), b.getProductionId()) || a.getProductionId() == null) {
						LocalDate to = ShootCalendar.toLocal(a.getTo().before(b.getTo()) ? a.getTo() : b.getTo());
						out.add(new Conflict(e.getKey(), a, b, ShootCalendar.toLocal(b.getFrom()), to));
					}
				}
			}
		}
		out.sort(Comparator.comparingInt((Conflict c) -> c.stage().getNumber()).thenComparing(Conflict::from));
		return out;
	}
}
