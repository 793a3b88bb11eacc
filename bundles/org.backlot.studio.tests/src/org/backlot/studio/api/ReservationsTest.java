// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.Dood;
import org.backlot.schedule.api.DoodRow;
import org.backlot.schedule.api.DoodTable;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reserving the store for the sample production's needs from its DOOD, and conflicts across productions. */
class ReservationsTest {
	@TempDir
	static Path dir;
	private static Path file;
	private Production sample;
	private Studio studio;
	private AdapterFactoryEditingDomain domain;

	@BeforeAll
	static void write() throws Exception {
		file = Samples.ensure(dir);
	}

	@BeforeEach
	void load() throws Exception {
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack(),
				ModelFiles.store().createResourceSet());
		sample = (Production) ModelFiles.store().load(domain.getResourceSet(), file).getContents().get(0);
		studio = sample.getStudio();
		assertSame(studio.eResource().getResourceSet(), sample.eResource().getResourceSet(), "the studio is in the production's resource set");
	}

	private Element element(Production p, String name) {
		return p.getBreakdown().getElements().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}

	private static LocalDate day(Booking b, boolean to) {
		return ShootCalendar.toLocal(to ? b.getTo() : b.getFrom());
	}

	@Test
	void proposesEachStoreElementForItsDaysOnTheBoard() {
		Element watch = element(sample, "怀表 pocket watch");
		watch.setStudioItem(null);
		List<Reservations.Proposal> proposals = Reservations.propose(sample);
		assertTrue(proposals.size() >= 10, "props, wardrobe, vehicles and weapons of the sample: " + proposals.size());
		Element gown = element(sample, "长衫 long gown (Chen Mo)");
		Reservations.Proposal forGown = proposals.stream().filter(x -> x.element() == gown).findFirst().orElseThrow();
		assertEquals(gown.getStudioItem(), forGown.item(), "the sample chose the item already");
		DoodTable wardrobe = Dood.compute(sample, sample.getActiveSchedule(), "wardrobe");
		DoodRow row = wardrobe.rows().stream().filter(r -> r.element() == gown).findFirst().orElseThrow();
		LocalDate first = null;
		LocalDate last = null;
		for (int k = 0; k < row.codes().size(); k++) {
			if (List.of("SW", "W", "WF", "SWF", "D", "PW").contains(row.codes().get(k))) {
				first = first == null ? wardrobe.columns().get(k).date() : first;
				last = wardrobe.columns().get(k).date();
			}
		}
		List<Booking> b = forGown.bookings();
		assertEquals(BookingPurpose.FITTING, b.get(0).getPurpose());
		assertEquals(first.minusDays(1), day(b.get(0), false), "a fitting the day before the first shoot day");
		assertEquals(BookingPurpose.SHOOT, b.get(1).getPurpose());
		assertEquals(first, day(b.get(1), false));
		assertEquals(last, day(b.get(b.size() - 1), true));
		for (Booking x : b) {
			assertEquals(BookingStatus.TENTATIVE, x.getStatus());
			assertEquals(1, x.getQuantity());
			assertEquals(sample.getId(), x.getProductionId());
			assertEquals(sample.getTitle(), x.getProductionTitle());
			assertEquals(gown.getId(), x.getElementId());
			assertEquals(gown.getName(), x.getOccupant());
			assertSame(forGown.item(), x.getResource());
		}
		Reservations.Proposal forWatch = proposals.stream().filter(x -> x.element() == watch).findFirst().orElseThrow();
		assertEquals("怀表", forWatch.item().getNameZh(), "matched by the store matcher: " + forWatch.reason());
		assertEquals(1.0, forWatch.score());
		assertEquals(1, forWatch.bookings().size(), "props have no fitting");
		Element rickshaw = element(sample, "黄包车 rickshaw");
		assertEquals(ItemKind.VEHICLE, proposals.stream().filter(x -> x.element() == rickshaw).findFirst().orElseThrow().item().getKind(),
				"a vehicle, whatever the element points at");
		Element radio = element(sample, "电台 radio transmitter");
		assertTrue(proposals.stream().noneMatch(x -> x.element() == radio), "a transistor radio is no radio transmitter: left to the user");
		assertTrue(proposals.stream().allMatch(Reservations.Proposal::free), "nothing else is booked in the sample studio");
	}

	@Test
	void reservingIsOneUndoableCommandInTheProductionsDomain() {
		int before = studio.getBookings().size();
		Element watch = element(sample, "怀表 pocket watch");
		watch.setStudioItem(null);
		List<Reservations.Proposal> proposals = Reservations.propose(sample);
		int added = proposals.stream().mapToInt(x -> x.bookings().size()).sum();
		Command all = Reservations.reserveAll(domain, sample, proposals);
		assertTrue(all.canExecute());
		domain.getCommandStack().execute(all);
		assertEquals(before + added, studio.getBookings().size());
		assertEquals(proposals.size(), Reservations.reservations(studio, sample).stream().map(Booking::getElementId).distinct().count());
		assertNotNull(watch.getStudioItem(), "the element now points at its item");
		assertTrue(Reservations.conflicts(studio).isEmpty(), Reservations.conflicts(studio).toString());
		domain.getCommandStack().undo();
		assertEquals(before, studio.getBookings().size());
		assertNull(watch.getStudioItem());
		domain.getCommandStack().redo();
		InventoryItem other = studio.getInventory().stream().filter(i -> i.getNameZh().equals("怀表") && i != watch.getStudioItem()).findFirst().orElseThrow();
		int reserved = studio.getBookings().size();
		domain.getCommandStack().execute(Reservations.reserve(domain, sample, watch, other));
		assertSame(other, watch.getStudioItem());
		assertEquals(reserved, studio.getBookings().size(), "the element's earlier reservation is replaced");
		assertTrue(Reservations.reservations(studio, sample).stream().filter(x -> watch.getId().equals(x.getElementId())).allMatch(x -> x.getResource() == other));
		domain.getCommandStack().undo();
		assertNotEquals(other, watch.getStudioItem());
	}

	/** A second production on the same studio that needs one costume on two days from 2027-03-02. */
	private Production nightMarket(String elementName) {
		Production p = NewProduction.create("Night Market 夜市", studio);
		p.setStartDate(ShootCalendar.toDate(LocalDate.of(2027, 3, 2)));
		Scene s = ScriptFactory.eINSTANCE.createScene();
		s.setNumber("1");
		p.getScript().getScenes().add(s);
		Element e = BreakdownFactory.eINSTANCE.createElement();
		e.setId("night-market-gown");
		e.setName(elementName);
		e.setCategory(p.getBreakdown().getCategories().stream().filter(c -> "wardrobe".equals(c.getKey())).findFirst().orElseThrow());
		ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
		o.setScene(s);
		e.getOccurrences().add(o);
		p.getBreakdown().getElements().add(e);
		for (int d = 0; d < 2; d++) {
			Strip strip = ScheduleFactory.eINSTANCE.createStrip();
			strip.setScene(s);
			p.getActiveSchedule().getItems().add(strip);
			ShootDay day = ScheduleFactory.eINSTANCE.createShootDay();
			day.setDayNumber(d + 1);
			day.setDate(ShootCalendar.toDate(LocalDate.of(2027, 3, 2 + d)));
			p.getActiveSchedule().getItems().add(day);
		}
		domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("mem:/night.backlot")).getContents().add(p);
		return p;
	}

	@Test
	void theSameItemOnOverlappingDaysIsAConflictShownToBothProductions() {
		Element gown = element(sample, "长衫 long gown (Chen Mo)");
		InventoryItem item = gown.getStudioItem();
		item.setQuantity(1);
		domain.getCommandStack().execute(Reservations.reserve(domain, sample, gown, item));
		LocalDate sampleFrom = Reservations.reservations(studio, sample).stream().map(b -> day(b, false)).min(LocalDate::compareTo).orElseThrow();
		LocalDate sampleTo = Reservations.reservations(studio, sample).stream().map(b -> day(b, true)).max(LocalDate::compareTo).orElseThrow();
		assertTrue(!sampleTo.isBefore(LocalDate.of(2027, 3, 3)) && !sampleFrom.isAfter(LocalDate.of(2027, 3, 1)),
				"the sample wears the gown from " + sampleFrom + " to " + sampleTo);

		Production night = nightMarket("灰色长衫");
		Element theirs = night.getBreakdown().getElements().get(night.getBreakdown().getElements().size() - 1);
		Reservations.Proposal proposal = Reservations.propose(night).get(0);
		assertTrue(proposal.free(), "the proposal avoids the item the sample holds");
		assertNotEquals(item, proposal.item());
		assertEquals(LocalDate.of(2027, 3, 1), day(proposal.bookings().get(0), false), "fitting");

		domain.getCommandStack().execute(Reservations.reserve(domain, night, theirs, item));
		List<Reservations.Conflict> conflicts = Reservations.conflicts(studio);
		assertFalse(conflicts.isEmpty());
		Reservations.Conflict c = conflicts.get(0);
		assertSame(item, c.item());
		assertTrue(c.productions().contains(sample.getTitle()) && c.productions().contains(night.getTitle()), c.productions().toString());
		assertTrue(c.message().contains(item.getCode()) && c.message().contains(sample.getTitle()) && c.message().contains(night.getTitle()), c.message());
		assertFalse(c.from().isAfter(c.to()));
		assertTrue(!c.from().isBefore(LocalDate.of(2027, 3, 1)) && !c.to().isAfter(LocalDate.of(2027, 3, 3)), c.from() + ".." + c.to());
		assertEquals(conflicts, Reservations.conflicts(studio, sample), "shown to the sample");
		assertEquals(conflicts, Reservations.conflicts(studio, night), "and to the night market");

		item.setQuantity(2);
		assertTrue(Reservations.conflicts(studio).isEmpty(), "two pieces serve both");
		domain.getCommandStack().undo();
		item.setQuantity(1);
		assertTrue(Reservations.conflicts(studio).isEmpty(), "undone");
	}
}
