// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.backlot.breakdown.api.InventoryMatcher;
import org.backlot.core.api.Ids;
import org.backlot.core.api.Overbookings;
import org.backlot.model.breakdown.BreakdownPackage;
import org.backlot.model.breakdown.Element;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioPackage;
import org.backlot.model.studio.StudioResource;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.internal.inventory.ElementDays;
import org.backlot.studio.internal.inventory.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * Reservations of the costume and prop store for a production: each prop,
 * costume, vehicle, weapon or piece of set dressing of the breakdown, matched
 * to the store ({@link InventoryMatcher}), is reserved for its days on the
 * active board's day-out-of-days (a fitting day first for costumes); an
 * element the store has nothing good for ({@link #MIN_SCORE}) is left out. Bookings
 * live in the studio, so every production sees them; an item reserved beyond
 * what the store has on overlapping days is a {@link Conflict} shown to both.
 */
public final class Reservations {
	/** Candidates read per element when looking for one that is free. */
	private static final int CANDIDATES = 12;
	/** A match weaker than this is left to the user (the match view lists it) rather than proposed. */
	public static final double MIN_SCORE = 0.5;

	/**
	 * What the store can give an element.
	 *
	 * @param item     the element's chosen item (when it is of a kind that serves it), otherwise the best free match
	 *                 (or the best one when none is free)
	 * @param bookings the TENTATIVE bookings that would reserve it, not yet in the studio
	 * @param free     false when the item is taken on some of those days
	 */
	public record Proposal(Element element, InventoryItem item, double score, String reason, List<Booking> bookings, boolean free) {
	}

	/** An item reserved on overlapping days beyond what the store has, naming both productions. */
	public record Conflict(InventoryItem item, Booking first, Booking second, LocalDate from, LocalDate to, int booked, int quantity) {
		/** The two productions' titles. */
		public List<String> productions() {
			return List.of(String.valueOf(first.getProductionTitle()), String.valueOf(second.getProductionTitle()));
		}

		/** True when a booking of the production is one of the two. */
		public boolean involves(String productionId) {
			return Objects.equals(first.getProductionId(), productionId) || Objects.equals(second.getProductionId(), productionId);
		}

		/** "C-00123 Grey long gown is reserved by A and by B from ... to ...". */
		public String message() {
			return NLS.bind(Messages.conflict, new Object[] { item.getCode() + ' ' + item.getNameZh() + ' ' + item.getNameEn(), first.getProductionTitle(),
					second.getProductionTitle(), ShootCalendar.label(from), ShootCalendar.label(to), booked, quantity });
		}
	}

	private Reservations() {
	}

	/** For every store element that works on the active board, the item to reserve and its bookings. */
	public static List<Proposal> propose(Production p) {
		List<Proposal> out = new ArrayList<>();
		Studio studio = p.getStudio();
		if (studio == null || p.getBreakdown() == null) {
			return out;
		}
		List<Element> elements = p.getBreakdown().getElements().stream().filter(InventoryMatcher::matchable).toList();
		Map<Element, ElementDays.Days> days = ElementDays.of(p, elements.stream().map(e -> e.getCategory().getKey()).distinct().toList());
		InventoryMatcher matcher = new InventoryMatcher(studio);
		Set<String> replaced = new HashSet<>();
		days.keySet().forEach(e -> replaced.add(e.getId()));
		Map<StudioResource, List<Booking>> held = held(studio.getBookings().stream()
				.filter(b -> !Objects.equals(b.getProductionId(), p.getId()) || b.getElementId() == null || !replaced.contains(b.getElementId())).toList());
		for (Element e : elements) {
			ElementDays.Days d = days.get(e);
			if (d == null) {
				continue;
			}
			Proposal best = null;
			List<InventoryMatcher.Candidate> candidates = InventoryMatcher.serves(e, e.getStudioItem())
					? List.of(new InventoryMatcher.Candidate(e.getStudioItem(), 1, Messages.chosen))
					: matcher.match(e, CANDIDATES).stream().filter(c -> c.score() >= MIN_SCORE).toList();
			for (InventoryMatcher.Candidate c : candidates) {
				List<Booking> bookings = bookings(p, e, c.item(), d);
				boolean free = free(c.item(), bookings, held);
				if (best == null || free && !best.free()) {
					best = new Proposal(e, c.item(), c.score(), c.reason(), bookings, free);
				}
				if (free) {
					break;
				}
			}
			if (best != null) {
				out.add(best);
				held.computeIfAbsent(best.item(), k -> new ArrayList<>()).addAll(best.bookings());
			}
		}
		return out;
	}

	/** The bookings that would reserve the item for the element's days (none when it does not work on the board). */
	public static List<Booking> bookings(Production p, Element e, InventoryItem item) {
		ElementDays.Days d = InventoryMatcher.matchable(e) ? ElementDays.of(p, List.of(e.getCategory().getKey())).get(e) : null;
		return d == null ? List.of() : bookings(p, e, item, d);
	}

	private static List<Booking> bookings(Production p, Element e, InventoryItem item, ElementDays.Days d) {
		List<Booking> out = new ArrayList<>();
		if (d.fitting() != null) {
			out.add(booking(p, e, item, BookingPurpose.FITTING, d.fitting(), d.fitting()));
		}
		for (ElementDays.Stretch s : d.stretches()) {
			out.add(booking(p, e, item, BookingPurpose.SHOOT, s.from(), s.to()));
		}
		return out;
	}

	private static Booking booking(Production p, Element e, InventoryItem item, BookingPurpose purpose, LocalDate from, LocalDate to) {
		Booking b = StudioFactory.eINSTANCE.createBooking();
		b.setId(Ids.newId());
		b.setResource(item);
		b.setProductionId(p.getId());
		b.setProductionTitle(p.getTitle());
		b.setFrom(ShootCalendar.toDate(from));
		b.setTo(ShootCalendar.toDate(to));
		b.setPurpose(purpose);
		b.setQuantity(1);
		b.setElementId(e.getId());
		b.setOccupant(e.getName());
		b.setStatus(BookingStatus.TENTATIVE);
		return b;
	}

	/** Reserves the item for the element: replaces the element's earlier store bookings and links the item. One undoable command. */
	public static Command reserve(EditingDomain domain, Production p, Element e, InventoryItem item) {
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.reserve, item.getCode(), e.getName()));
		add(c, domain, p, e, item, bookings(p, e, item));
		return c.unwrap();
	}

	/** Makes the proposals' reservations in one undoable command. */
	public static Command reserveAll(EditingDomain domain, Production p, Collection<Proposal> proposals) {
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.reserveAll, proposals.size()));
		proposals.forEach(x -> add(c, domain, p, x.element(), x.item(), x.bookings()));
		return c;
	}

	private static void add(CompoundCommand c, EditingDomain domain, Production p, Element e, InventoryItem item, List<Booking> bookings) {
		Studio studio = p.getStudio();
		List<Booking> old = reservations(studio, p).stream().filter(b -> isFor(b, p, e)).toList();
		if (!old.isEmpty()) {
			c.append(RemoveCommand.create(domain, studio, StudioPackage.Literals.STUDIO__BOOKINGS, old));
		}
		if (!bookings.isEmpty()) {
			c.append(AddCommand.create(domain, studio, StudioPackage.Literals.STUDIO__BOOKINGS, bookings));
		}
		if (e.getStudioItem() != item) {
			c.append(SetCommand.create(domain, e, BreakdownPackage.Literals.ELEMENT__STUDIO_ITEM, item));
		}
	}

	/** The production's store bookings in the studio. */
	public static List<Booking> reservations(Studio s, Production p) {
		return s.getBookings().stream().filter(b -> b.getResource() instanceof InventoryItem && Objects.equals(b.getProductionId(), p.getId())).toList();
	}

	/** Every store item reserved beyond what the store has on overlapping days, across productions. */
	public static List<Conflict> conflicts(Studio s) {
		List<Booking> store = s.getBookings().stream().filter(b -> b.getResource() instanceof InventoryItem).toList();
		return Overbookings.find(store).stream().map(o -> new Conflict((InventoryItem) o.resource(), o.first(), o.second(), o.from(), o.to(),
				o.booked(), o.capacity())).toList();
	}

	/** The conflicts that involve the production (shown to it and to the other production alike). */
	public static List<Conflict> conflicts(Studio s, Production p) {
		return conflicts(s).stream().filter(c -> c.involves(p.getId())).toList();
	}

	/** The element of the production that a booking reserves for, or null. */
	public static Element element(Production p, Booking b) {
		return b.getElementId() == null || p.getBreakdown() == null ? null
				: p.getBreakdown().getElements().stream().filter(e -> b.getElementId().equals(e.getId())).findFirst().orElse(null);
	}

	private static boolean isFor(Booking b, Production p, Element e) {
		return b.getResource() instanceof InventoryItem && Objects.equals(b.getProductionId(), p.getId()) && e.getId() != null
				&& e.getId().equals(b.getElementId());
	}

	private static Map<StudioResource, List<Booking>> held(List<Booking> all) {
		Map<StudioResource, List<Booking>> held = new HashMap<>();
		for (Booking b : all) {
			if (b.getResource() instanceof InventoryItem && b.getStatus() != BookingStatus.CANCELLED) {
				held.computeIfAbsent(b.getResource(), k -> new ArrayList<>()).add(b);
			}
		}
		return held;
	}

	private static boolean free(InventoryItem item, List<Booking> bookings, Map<StudioResource, List<Booking>> held) {
		List<Booking> all = new ArrayList<>(held.getOrDefault(item, List.of()));
		all.addAll(bookings);
		return Overbookings.find(all).stream().noneMatch(o -> bookings.contains(o.first()) || bookings.contains(o.second()));
	}
}
