// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.backlot.core.api.Languages;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.internal.places.Messages;
import org.backlot.studio.internal.places.StageBookings;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The stages' booking calendar across productions: what a production needs
 * of each stage from its active board (prep days before its first day there,
 * the shoot days, hold days while its set stands between them, strike days
 * after the last), booking those needs in the studio, overlaps between
 * productions, and how much of each stage is used over a period.
 */
public final class StageCalendar {
	/** Days of prep before a stage's first shoot day and of strike after its last; whether days between shoot runs are held. */
	public record Options(int prepDays, int strikeDays, boolean holdBetween) {
		/** One prep day, one strike day, the stage held between shoot runs. */
		public static final Options DEFAULT = new Options(1, 1, true);
	}

	/** Two bookings of one stage by different productions that overlap on {@code from}..{@code to}. */
	public record Conflict(Stage stage, Booking first, Booking second, LocalDate from, LocalDate to) {
		/** The conflict as users read it, naming both productions and their dates. */
		public String message() {
			return NLS.bind(Messages.stageConflict, new Object[] { name(stage), title(first), span(first), title(second), span(second),
					ShootCalendar.label(from), ShootCalendar.label(to) });
		}
	}

	/** A stage's use over a period: booked days by purpose, days booked for anything, days in the period and the share used. */
	public record Use(Stage stage, Map<BookingPurpose, Integer> daysByPurpose, int daysUsed, int days, double share) {
	}

	private StageCalendar() {
	}

	/** The production's stage needs with the default options (see {@link #needs(Production, Options)}). */
	public static List<Booking> needs(Production p) {
		return needs(p, Options.DEFAULT);
	}

	/**
	 * Proposed bookings (not added to the studio) of every stage the active
	 * board shoots on, from its dated shoot days: a day is on a stage when the
	 * day names the stage or one of its scenes is set on it. Each is TENTATIVE,
	 * for the production's id and title, ordered by stage and date.
	 */
	public static List<Booking> needs(Production p, Options o) {
		Schedule board = Boards.active(p);
		if (board == null) {
			return List.of();
		}
		List<ShootDay> days = Boards.days(board);
		Plan plan = Boards.read(board);
		Map<Stage, TreeSet<LocalDate>> byStage = new LinkedHashMap<>();
		for (int i = 0; i < days.size(); i++) {
			ShootDay day = days.get(i);
			if (day.getDate() == null) {
				continue;
			}
			LocalDate date = ShootCalendar.toLocal(day.getDate());
			Set<Stage> stages = new HashSet<>();
			if (day.getStage() != null) {
				stages.add(day.getStage());
			}
			if (i < plan.days().size()) {
				for (Scene s : plan.days().get(i)) {
					if (s.getStage() != null) {
						stages.add(s.getStage());
					}
				}
			}
			stages.forEach(s -> byStage.computeIfAbsent(s, k -> new TreeSet<>()).add(date));
		}
		List<Booking> out = new ArrayList<>();
		byStage.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().getNumber()))
				.forEach(e -> out.addAll(StageBookings.of(p, e.getKey(), e.getValue(), o)));
		return out;
	}

	/** A booking of the stage for the production (TENTATIVE, not added to the studio). */
	public static Booking booking(Production p, Stage stage, BookingPurpose purpose, LocalDate from, LocalDate to) {
		Booking b = StudioFactory.eINSTANCE.createBooking();
		b.setId(org.backlot.core.api.Ids.newId());
		b.setResource(stage);
		b.setProductionId(p.getId());
		b.setProductionTitle(p.getTitle());
		b.setPurpose(purpose);
		b.setFrom(ShootCalendar.toDate(from));
		b.setTo(ShootCalendar.toDate(to));
		b.setStatus(BookingStatus.TENTATIVE);
		b.setQuantity(1);
		return b;
	}

	/** The command that books the production's stage needs with the default options. */
	public static Command book(EditingDomain d, Production p) {
		return book(d, p, Options.DEFAULT);
	}

	/**
	 * One command that brings the production's stage bookings in its studio in
	 * line with its needs: bookings that still fit are kept, moved ones get
	 * their new dates (and become TENTATIVE again), new needs are added, and
	 * bookings no longer needed are removed (CONFIRMED ones are CANCELLED, so
	 * that the base sees the release). Unexecutable without a studio.
	 */
	public static Command book(EditingDomain d, Production p, Options o) {
		return StageBookings.book(d, p, needs(p, o));
	}

	/** The production's existing stage bookings in its studio (any status), by date. */
	public static List<Booking> bookings(Production p) {
		if (p.getStudio() == null) {
			return List.of();
		}
		return p.getStudio().getBookings().stream()
				.filter(b -> b.getResource() instanceof Stage && Objects.equals(b.getProductionId(), p.getId()) && b.getFrom() != null)
				.sorted(Comparator.comparing(Booking::getFrom)).toList();
	}

	/** Every overlap of CONFIRMED or TENTATIVE bookings of one stage by different productions. */
	public static List<Conflict> conflicts(Studio s) {
		return StageBookings.conflicts(s.getBookings(), List.of());
	}

	/** The overlaps that involve the production's existing bookings. */
	public static List<Conflict> conflicts(Studio s, Production p) {
		return conflicts(s).stream().filter(c -> Objects.equals(c.first().getProductionId(), p.getId())
				|| Objects.equals(c.second().getProductionId(), p.getId())).toList();
	}

	/** The overlaps that the production's needs would have with other productions' bookings if it booked them now. */
	public static List<Conflict> clashes(Studio s, Production p, Options o) {
		List<Booking> others = s.getBookings().stream().filter(b -> !Objects.equals(b.getProductionId(), p.getId())).toList();
		return StageBookings.conflicts(others, needs(p, o)).stream().filter(c -> c.first().eContainer() == null || c.second().eContainer() == null)
				.toList();
	}

	/** Each stage's use from {@code from} to {@code to} (both included), by stage number. */
	public static List<Use> utilisation(Studio s, LocalDate from, LocalDate to) {
		int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
		List<Use> out = new ArrayList<>();
		for (Stage stage : s.getStages().stream().sorted(Comparator.comparingInt(Stage::getNumber)).toList()) {
			Map<BookingPurpose, Set<LocalDate>> byPurpose = new EnumMap<>(BookingPurpose.class);
			Set<LocalDate> used = new HashSet<>();
			for (Booking b : active(s.getBookings())) {
				if (b.getResource() != stage) {
					continue;
				}
				LocalDate a = max(ShootCalendar.toLocal(b.getFrom()), from);
				LocalDate z = min(ShootCalendar.toLocal(b.getTo()), to);
				for (LocalDate d = a; !d.isAfter(z); d = d.plusDays(1)) {
					byPurpose.computeIfAbsent(b.getPurpose(), k -> new HashSet<>()).add(d);
					used.add(d);
				}
			}
			Map<BookingPurpose, Integer> counts = new EnumMap<>(BookingPurpose.class);
			byPurpose.forEach((k, v) -> counts.put(k, v.size()));
			out.add(new Use(stage, counts, used.size(), Math.max(0, days), days <= 0 ? 0 : used.size() / (double) days));
		}
		return out;
	}

	/** The bookings that hold their resource: CONFIRMED or TENTATIVE, with both dates. */
	static List<Booking> active(Collection<Booking> all) {
		return all.stream().filter(b -> b.getStatus() != BookingStatus.CANCELLED && b.getFrom() != null && b.getTo() != null).toList();
	}

	/** The stage's name in the user's language. */
	public static String name(Stage s) {
		return Languages.chinese() && s.getNameZh() != null && !s.getNameZh().isBlank() ? s.getNameZh()
				: s.getName() != null && !s.getName().isBlank() ? s.getName() : NLS.bind(Messages.stageNumber, s.getNumber());
	}

	private static String title(Booking b) {
		return b.getProductionTitle() != null && !b.getProductionTitle().isBlank() ? b.getProductionTitle()
				: b.getProductionId() != null ? b.getProductionId() : Messages.anotherProduction;
	}

	private static String span(Booking b) {
		LocalDate f = ShootCalendar.toLocal(b.getFrom());
		LocalDate t = ShootCalendar.toLocal(b.getTo());
		return f.equals(t) ? ShootCalendar.label(f) : NLS.bind(Messages.dateSpan, ShootCalendar.label(f), ShootCalendar.label(t));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
