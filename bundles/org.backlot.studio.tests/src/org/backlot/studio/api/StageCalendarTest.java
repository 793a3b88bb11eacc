// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.NewProduction;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.StageCalendar.Options;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage needs from the board, booking them in one command, conflicts across productions and the utilisation report. */
class StageCalendarTest {
	@TempDir
	Path dir;
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
	private Studio studio;
	private Stage s3;
	private Stage s5;
	private Production p;
	private ShootDay thursday;

	@BeforeEach
	void board() {
		studio = SmallStudios.of(2);
		studio.getBookings().clear();
		s3 = studio.getStages().get(2);
		s5 = studio.getStages().get(4);
		p = NewProduction.create("Rain Over the Wharf 码头雨", studio);
		Schedule b = p.getActiveSchedule();
		day(b, "2027-03-01", s3, scene(null));
		day(b, "2027-03-02", null, scene(s3));
		day(b, "2027-03-03", null, scene(null));
		thursday = day(b, "2027-03-04", s3, scene(null));
		day(b, "2027-03-05", null, scene(s5), scene(null));
	}

	private Scene scene(Stage stage) {
		Scene s = ScriptFactory.eINSTANCE.createScene();
		s.setNumber(String.valueOf(p.getScript().getScenes().size() + 1));
		s.setStage(stage);
		p.getScript().getScenes().add(s);
		return s;
	}

	private static ShootDay day(Schedule b, String date, Stage stage, Scene... scenes) {
		for (Scene s : scenes) {
			Strip strip = ScheduleFactory.eINSTANCE.createStrip();
			strip.setScene(s);
			b.getItems().add(strip);
		}
		ShootDay d = ScheduleFactory.eINSTANCE.createShootDay();
		d.setDate(ShootCalendar.toDate(LocalDate.parse(date)));
		d.setStage(stage);
		b.getItems().add(d);
		return d;
	}

	private static String describe(Booking b) {
		return ((Stage) b.getResource()).getNumber() + " " + b.getPurpose() + " " + ShootCalendar.toLocal(b.getFrom()) + ".." + ShootCalendar.toLocal(b.getTo());
	}

	private List<String> booked() {
		return StageCalendar.bookings(p).stream().filter(b -> b.getStatus() != BookingStatus.CANCELLED).map(StageCalendarTest::describe).sorted().toList();
	}

	@Test
	void needsComeFromDaysOnAStageAndFromScenesSetOnOne() {
		List<Booking> needs = StageCalendar.needs(p);
		assertEquals(List.of("3 PREP 2027-02-28..2027-02-28", "3 SHOOT 2027-03-01..2027-03-02", "3 HOLD 2027-03-03..2027-03-03",
				"3 SHOOT 2027-03-04..2027-03-04", "3 STRIKE 2027-03-05..2027-03-05", "5 PREP 2027-03-04..2027-03-04", "5 SHOOT 2027-03-05..2027-03-05",
				"5 STRIKE 2027-03-06..2027-03-06"), needs.stream().map(StageCalendarTest::describe).toList());
		for (Booking b : needs) {
			assertEquals(BookingStatus.TENTATIVE, b.getStatus());
			assertEquals(p.getId(), b.getProductionId());
			assertEquals("Rain Over the Wharf 码头雨", b.getProductionTitle());
		}
		assertEquals(List.of("3 PREP 2027-02-27..2027-02-28", "3 SHOOT 2027-03-01..2027-03-02", "3 SHOOT 2027-03-04..2027-03-04",
				"5 PREP 2027-03-03..2027-03-04", "5 SHOOT 2027-03-05..2027-03-05"),
				StageCalendar.needs(p, new Options(2, 0, false)).stream().map(StageCalendarTest::describe).toList());
	}

	@Test
	void bookingAddsThenFollowsTheBoardInOneUndoableCommand() {
		domain.getCommandStack().execute(StageCalendar.book(domain, p));
		assertEquals(8, booked().size());
		Command again = StageCalendar.book(domain, p);
		assertTrue(again.canExecute());
		domain.getCommandStack().execute(again);
		assertEquals(8, StageCalendar.bookings(p).size(), "booking twice changes nothing");

		Booking shoot = StageCalendar.bookings(p).stream().filter(b -> describe(b).equals("3 SHOOT 2027-03-04..2027-03-04")).findFirst().orElseThrow();
		shoot.setStatus(BookingStatus.CONFIRMED);
		String id = shoot.getId();
		thursday.setDate(ShootCalendar.toDate(LocalDate.of(2027, 3, 8)));
		domain.getCommandStack().execute(StageCalendar.book(domain, p));
		assertEquals(List.of("3 HOLD 2027-03-03..2027-03-07", "3 PREP 2027-02-28..2027-02-28", "3 SHOOT 2027-03-01..2027-03-02",
				"3 SHOOT 2027-03-08..2027-03-08", "3 STRIKE 2027-03-09..2027-03-09", "5 PREP 2027-03-04..2027-03-04", "5 SHOOT 2027-03-05..2027-03-05",
				"5 STRIKE 2027-03-06..2027-03-06"), booked());
		assertEquals(BookingStatus.TENTATIVE, shoot.getStatus(), "moved days must be confirmed again");
		assertEquals(id, shoot.getId(), "the booking is moved, not replaced");

		domain.getCommandStack().undo();
		assertTrue(booked().contains("3 SHOOT 2027-03-04..2027-03-04"));
		assertEquals(BookingStatus.CONFIRMED, shoot.getStatus());
		domain.getCommandStack().redo();

		shoot.setStatus(BookingStatus.CONFIRMED);
		p.getActiveSchedule().getItems().removeIf(i -> i instanceof ShootDay d && d != thursday || i instanceof Strip);
		thursday.setStage(null);
		domain.getCommandStack().execute(StageCalendar.book(domain, p));
		assertEquals(List.of(), booked(), "released: tentative bookings go");
		assertEquals(List.of(BookingStatus.CANCELLED), StageCalendar.bookings(p).stream().map(Booking::getStatus).toList(),
				"a confirmed booking stays, cancelled, so that the base sees the release");
	}

	@Test
	void overlapsWithOtherProductionsAreConflictsNamingBoth() {
		Booking other = StageCalendar.booking(NewProduction.create("Red Lanterns 红灯笼", studio), s3, BookingPurpose.SHOOT, LocalDate.of(2027, 3, 3),
				LocalDate.of(2027, 3, 10));
		other.setStatus(BookingStatus.CONFIRMED);
		studio.getBookings().add(other);
		List<StageCalendar.Conflict> clashes = StageCalendar.clashes(studio, p, Options.DEFAULT);
		assertEquals(3, clashes.size(), "hold, shoot and strike would overlap");
		assertTrue(StageCalendar.conflicts(studio).isEmpty(), "nothing is booked yet");
		domain.getCommandStack().execute(StageCalendar.book(domain, p));
		List<StageCalendar.Conflict> conflicts = StageCalendar.conflicts(studio, p);
		assertEquals(3, conflicts.size());
		StageCalendar.Conflict first = conflicts.get(0);
		assertEquals(LocalDate.of(2027, 3, 3), first.from());
		assertEquals(LocalDate.of(2027, 3, 3), first.to());
		String m = first.message();
		assertTrue(m.contains("Red Lanterns 红灯笼") && m.contains("Rain Over the Wharf 码头雨"), m);
		assertTrue(m.contains(ShootCalendar.label(LocalDate.of(2027, 3, 10))), m);
		other.setStatus(BookingStatus.CANCELLED);
		assertTrue(StageCalendar.conflicts(studio).isEmpty(), "a cancelled booking holds nothing");
	}

	@Test
	void utilisationCountsDaysByPurposeAndTheShareUsed() {
		domain.getCommandStack().execute(StageCalendar.book(domain, p));
		List<StageCalendar.Use> uses = StageCalendar.utilisation(studio, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 10));
		assertEquals(studio.getStages().size(), uses.size());
		StageCalendar.Use three = uses.get(2);
		assertEquals(s3, three.stage());
		assertEquals(Map.of(BookingPurpose.SHOOT, 3, BookingPurpose.HOLD, 1, BookingPurpose.STRIKE, 1), three.daysByPurpose(),
				"prep on Feb 28 is outside the period");
		assertEquals(5, three.daysUsed());
		assertEquals(10, three.days());
		assertEquals(0.5, three.share(), 1e-9);
		assertEquals(0, uses.get(0).daysUsed());
	}

	@Test
	void theSampleProductionBooksItsStages() throws Exception {
		Path file = Samples.ensure(dir);
		Production sample = (Production) ModelFiles.store().load(ModelFiles.store().createResourceSet(), file).getContents().get(0);
		List<Booking> needs = StageCalendar.needs(sample);
		assertFalse(needs.isEmpty());
		assertTrue(needs.stream().anyMatch(b -> ((Stage) b.getResource()).getNumber() == 3 && b.getPurpose() == BookingPurpose.SHOOT));
		Studio s = sample.getStudio();
		int before = s.getBookings().size();
		AdapterFactoryEditingDomain d = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(),
				sample.eResource().getResourceSet());
		d.getCommandStack().execute(StageCalendar.book(d, sample));
		assertEquals(before + needs.size(), s.getBookings().size());
		for (StageCalendar.Conflict c : StageCalendar.conflicts(s, sample)) {
			assertEquals(c.stage(), c.first().getResource());
			assertTrue(c.message().contains(sample.getTitle()), c.message());
		}
	}
}
