// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.Hazard;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.Stage;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.PermitField;
import org.backlot.permits.api.Permits;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.api.Shoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each of Backlot's authorities is asked for exactly when its rules say, with reasons naming the evidence. */
class RulesTest {
	private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
	private static Locale saved;

	@BeforeAll
	static void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	private static List<Requirement> of(Shoot s, AuthorityKind kind) {
		return Permits.derive(s.p, s.board, TODAY, BuiltIn.all()).stream().filter(r -> r.authority().kind() == kind).toList();
	}

	private static DayAtPlace day(Shoot s, int i) {
		return Permits.days(s.p, s.board).get(i);
	}

	@Test
	void roadSceneWithVehiclesNeedsTheTrafficPolice() {
		Shoot s = new Shoot();
		Location road = s.location("Mountain Road", true, false);
		Location square = s.location("Station Square", false, false);
		Scene truck = s.scene("14", IntExt.EXT, road);
		Scene inside = s.scene("20", IntExt.INT, road);
		Scene car = s.scene("21", IntExt.EXT, square);
		s.element("vehicles", "警用卡车 police truck", truck);
		s.element("vehicles", "taxi", car);
		s.day(truck).day(inside).day(car).schedule();
		List<Requirement> traffic = of(s, AuthorityKind.TRAFFIC_POLICE);
		assertEquals(1, traffic.size(), traffic.toString());
		Requirement r = traffic.get(0);
		assertEquals(road, r.location());
		assertEquals(List.of(1), r.days().stream().map(DayAtPlace::dayNumber).toList(), "not the interior day, not the square");
		assertEquals(List.of("Vehicles on a public road: Scene 14: 警用卡车 police truck (Vehicles and animals)",
				"The unit parks on the public road at Mountain Road"), r.reasons());
		assertTrue(BuiltIn.traffic().rules().requiredFields(BuiltIn.traffic()).containsAll(List.of(PermitField.VEHICLES, PermitField.ROAD_CLOSURES)));
	}

	@Test
	void propPistolNeedsThePoliceEvenOnAStage() {
		Shoot s = new Shoot();
		Stage stage = s.stage(6);
		Location villa = s.location("Villa", false, false, LocationType.PRIVATE);
		Scene gun = s.scene("16", IntExt.INT, stage);
		Scene quiet = s.scene("17", IntExt.INT, stage);
		Scene home = s.scene("18", IntExt.INT, villa);
		s.element("weapons", "驳壳枪 Mauser pistol (prop)", gun);
		s.day(gun).day(quiet).day(home).schedule();
		List<Requirement> police = of(s, AuthorityKind.POLICE);
		assertEquals(1, police.size(), "no police for a private villa or a quiet stage day: " + police);
		Requirement r = police.get(0);
		assertNull(r.location());
		assertEquals("Stage 6", r.placeName());
		assertEquals(List.of("Firearms or prop weapons: Scene 16: 驳壳枪 Mauser pistol (prop) (Weapons)"), r.reasons());
		assertTrue(BuiltIn.police().rules().requiredFields(BuiltIn.police()).contains(PermitField.HAZARDS));
	}

	@Test
	void policeForPublicPlacesCrowdsAboveTheSettingAndPublicStunts() {
		Shoot s = new Shoot();
		Location square = s.location("Square", false, false);
		Location mill = s.location("Mill", false, false, LocationType.PRIVATE);
		Scene a = s.scene("1", IntExt.EXT, square);
		Scene b = s.scene("2", IntExt.INT, mill);
		Scene c = s.scene("3", IntExt.INT, mill);
		s.extras(a, 60, "crowd");
		s.element("stunts", "fall from the stage", a);
		s.extras(b, 150, "workers");
		s.extras(c, 100, "workers");
		s.element("stunts", "fight", c);
		s.day(a).day(b).day(c).schedule();
		List<Requirement> police = of(s, AuthorityKind.POLICE);
		assertEquals(2, police.size());
		assertEquals(List.of("Filming in a public place: Square", "Stunts in a public place: Scene 1: fall from the stage (Stunts)"),
				police.get(0).reasons());
		assertEquals(List.of("150 background actors on site, more than the 100 the police allow without approval"), police.get(1).reasons());
		assertEquals(List.of(2), police.get(1).days().stream().map(DayAtPlace::dayNumber).toList(), "100 is not above 100; private stunts are not police work");
	}

	@Test
	void fireForPyroFlameAndSmokeIndoors() {
		Shoot s = new Shoot();
		Location wharf = s.location("Wharf", false, false);
		Location hall = s.location("Guild Hall", false, true);
		Scene pyro = s.scene("9", IntExt.EXT, wharf);
		Scene outsideSmoke = s.scene("11", IntExt.EXT, wharf);
		Scene insideSmoke = s.scene("12", IntExt.INT, hall);
		Scene outsideToo = s.scene("13", IntExt.EXT, hall);
		s.element("sfx", "远处爆炸 distant explosions", pyro);
		s.element("sfx", "haze", outsideSmoke, outsideToo);
		s.element("sfx", "smoke machine", insideSmoke);
		s.element("props", "burning torch", outsideToo);
		s.day(pyro).day(outsideSmoke).day(insideSmoke, outsideToo).schedule();
		List<Requirement> fire = of(s, AuthorityKind.FIRE);
		assertEquals(2, fire.size(), fire.toString());
		assertEquals(List.of("Pyrotechnics: Scene 9: 远处爆炸 distant explosions (Special effects)"), fire.get(0).reasons());
		assertEquals(List.of(1), fire.get(0).days().stream().map(DayAtPlace::dayNumber).toList(), "smoke out of doors needs no fire crew");
		assertEquals(List.of("Open flame: Scene 13: burning torch (Props)", "Smoke indoors: Scene 12: smoke machine (Special effects)"),
				fire.get(1).reasons(), "the haze of exterior scene 13 is not indoors");
	}

	@Test
	void smokeOnAStageIsIndoors() {
		Shoot s = new Shoot();
		Scene river = s.scene("21", IntExt.EXT, s.stage(2));
		s.element("sfx", "fog", river);
		s.day(river).schedule();
		assertEquals(1, of(s, AuthorityKind.FIRE).size());
	}

	@Test
	void dronesNeedAviationOutOfDoors() {
		Shoot s = new Shoot();
		Location hills = s.location("Tea Hills", false, true);
		Scene up = s.scene("13", IntExt.EXT, hills);
		Scene stage = s.scene("14", IntExt.INT, s.stage(1));
		s.element("equipment", "DJI drone", up, stage);
		s.day(up).day(stage).schedule();
		List<Requirement> aviation = of(s, AuthorityKind.CIVIL_AVIATION);
		assertEquals(1, aviation.size());
		assertEquals(hills, aviation.get(0).location());
		assertEquals(List.of("Drone flight: Scene 13: DJI drone (Special equipment)"), aviation.get(0).reasons());
	}

	@Test
	void landmarksNeedTheParksOffice() {
		Shoot s = new Shoot();
		Location park = s.location("Eling Park", false, true);
		Location square = s.location("Square", false, false);
		s.day(s.scene("1", IntExt.EXT, park)).day(s.scene("2", IntExt.INT, park)).day(s.scene("3", IntExt.EXT, square)).schedule();
		List<Requirement> parks = of(s, AuthorityKind.PARKS_LANDMARKS);
		assertEquals(1, parks.size());
		assertEquals(2, parks.get(0).days().size(), "inside and out");
		assertEquals(List.of("Filming inside a park, scenic area or landmark: Eling Park"), parks.get(0).reasons());
	}

	@Test
	void cultureRegistersTheWholeProductionOnce() {
		Shoot s = new Shoot();
		Location park = s.location("Eling Park", false, true);
		Location street = s.location("Street", true, false);
		Stage stage = s.stage(3);
		s.day(s.scene("1", IntExt.EXT, park)).day(s.scene("2", IntExt.INT, stage)).day(s.scene("3", IntExt.INT, street))
				.day(s.scene("4", IntExt.EXT, s.stage(2))).schedule();
		List<Requirement> culture = of(s, AuthorityKind.CULTURE_TOURISM);
		assertEquals(1, culture.size());
		Requirement r = culture.get(0);
		assertNull(r.location());
		assertEquals("all filming locations", r.placeName());
		assertEquals(List.of(1, 3), r.days().stream().map(DayAtPlace::dayNumber).toList(), "location days only, not the stages");
		assertTrue(r.reasons().contains("A scenic spot or heritage site: Eling Park"), r.reasons().toString());
		assertEquals(AuthorityDefinition.Scope.PRODUCTION, r.authority().scope());
	}

	@Test
	void urbanManagementForPublicGroundAndNightWork() {
		Shoot s = new Shoot();
		Location market = s.location("Night Market", true, false);
		Location villa = s.location("Villa", false, false, LocationType.PRIVATE);
		Scene night = s.scene("1", IntExt.EXT, TimeOfDay.NIGHT, market);
		night.setEighths(40); // 400 minutes from 18:00: past 22:00
		Scene inside = s.scene("2", IntExt.INT, villa);
		s.day(night).day(inside).schedule();
		List<Requirement> urban = of(s, AuthorityKind.URBAN_MANAGEMENT);
		assertEquals(1, urban.size());
		DayAtPlace d = day(s, 0);
		assertTrue(d.to().getHour() >= 0 && d.night());
		assertEquals(2, urban.get(0).reasons().size(), urban.get(0).reasons().toString());
		assertTrue(urban.get(0).reasons().get(1).startsWith("Work until 01:40, after 22:00, in a public place (Night Market)"), urban.get(0).reasons().get(1));
		assertTrue(BuiltIn.urban().rules().requiredFields(BuiltIn.urban()).contains(PermitField.EQUIPMENT));
	}

	@Test
	void noHazardNoPublicPlaceNoApplicationButCulture() {
		Shoot s = new Shoot();
		Location villa = s.location("Villa", false, false, LocationType.PRIVATE);
		s.day(s.scene("1", IntExt.INT, villa)).schedule();
		List<Requirement> all = Permits.derive(s.p, s.board, TODAY, BuiltIn.all());
		assertEquals(List.of(AuthorityKind.CULTURE_TOURISM), all.stream().map(r -> r.authority().kind()).toList());
		assertFalse(day(s, 0).has(Hazard.CROWD));
	}
}
