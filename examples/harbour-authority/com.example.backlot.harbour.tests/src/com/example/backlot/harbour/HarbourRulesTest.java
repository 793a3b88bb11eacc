// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.harbour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioFactory;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.PermitField;
import org.junit.jupiter.api.Test;

/** The harbour authority as Backlot sees it once installed: listed in the registry, answering for water, silent on land. */
class HarbourRulesTest {
	private static final String ID = "com.example.backlot.harbour.msa";
	private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

	/** The authority as Backlot's registry read it from this plugin's plugin.xml. */
	private static AuthorityDefinition harbour() {
		return Authorities.find(ID).orElseThrow(() -> new AssertionError("the harbour authority is not in Backlot's registry: " + Authorities.all()));
	}

	@Test
	void registryListsTheHarbourAuthorityWithItsPlugin() {
		AuthorityDefinition d = harbour();
		assertEquals("com.example.backlot.harbour", d.plugin());
		assertEquals(AuthorityKind.OTHER, d.kind());
		assertEquals("海事局", d.nameZh());
		assertEquals(10, d.leadTimeDays());
		assertEquals(5, d.targetDays());
		assertEquals(AuthorityDefinition.Scope.LOCATION, d.scope());
		assertEquals(1200, d.setting(HarbourRules.RESCUE_BOAT_PER_DAY, 0));
		assertTrue(Authorities.all().stream().anyMatch(a -> a.plugin().equals("org.backlot.permits")), "Backlot's own authorities are listed beside it");
	}

	@Test
	void aSpeedboatOnTheRiverNeedsTheHarbourAuthority() {
		Location pier = location("Huangpu River Pier 3", LocationType.PUBLIC);
		Scene s = scene("12", "EXT. RIVER - DAY", "RIVER", IntExt.EXT);
		var day = new DayFacts(pier, null, List.of(s)).hazard(Hazard.WATERCRAFT, "Scene 12: speedboat (Vehicles)").day();

		List<String> reasons = harbour().rules().reasons(day, harbour());

		assertFalse(reasons.isEmpty(), "a water scene needs the harbour authority");
		assertTrue(reasons.stream().anyMatch(r -> r.contains("12") && r.contains("RIVER")), reasons::toString);
		assertTrue(reasons.stream().anyMatch(r -> r.contains("speedboat")), reasons::toString);
		assertTrue(reasons.stream().anyMatch(r -> r.contains("Huangpu River Pier 3")), reasons::toString);
	}

	@Test
	void chineseWaterWordsCount() {
		Scene s = scene("8", "外景 江边码头 夜", "江边码头", IntExt.EXT);
		var day = new DayFacts(location("老城区", LocationType.PUBLIC), null, List.of(s)).vehicle("渔船").day();

		List<String> reasons = new HarbourRules().reasons(day, harbour());

		assertEquals(2, reasons.size(), reasons::toString);
		assertTrue(reasons.get(1).contains("渔船"), reasons::toString);
	}

	@Test
	void anUnderwaterEffectOnLandNeedsTheHarbourAuthority() {
		Scene s = scene("20", "EXT. QUARRY - DAY", "QUARRY", IntExt.EXT);
		var day = new DayFacts(location("Old Quarry", LocationType.PRIVATE), null, List.of(s))
				.hazard(Hazard.PYROTECHNICS, "Scene 20: underwater explosion (Special effects)").day();

		List<String> reasons = new HarbourRules().reasons(day, harbour());

		assertEquals(1, reasons.size(), reasons::toString);
		assertTrue(reasons.get(0).contains("underwater explosion"), reasons::toString);
	}

	@Test
	void aDrySceneLeavesTheHarbourAuthoritySilent() {
		Scene s = scene("3", "EXT. MARKET STREET - DAY", "MARKET STREET", IntExt.EXT);
		var day = new DayFacts(location("Old Town Market Street", LocationType.PUBLIC), null, List.of(s))
				.hazard(Hazard.FIREARMS, "Scene 3: pistol (Weapons)").vehicle("1940s truck").day();

		assertEquals(List.of(), new HarbourRules().reasons(day, harbour()));
		assertEquals(List.of(), harbour().rules().reasons(day, harbour()));
	}

	@Test
	void namesWithAWaterCharacterButNoWaterStaySilent() {
		Scene inn = scene("5", "内景 江湖客栈 日", "江湖客栈", IntExt.INT);
		Scene hills = scene("13", "外景 茶山竹海 日", "茶山竹海", IntExt.EXT);
		var lane = new DayFacts(location("上海弄堂", LocationType.PRIVATE), null, List.of(inn))
				.hazard(Hazard.CROWD, "Scene 5: 30 background actors, 码头工人 dock workers").day();
		var bamboo = new DayFacts(location("永川茶山竹海", LocationType.PUBLIC), null, List.of(hills)).day();

		assertEquals(List.of(), new HarbourRules().reasons(lane, harbour()));
		assertEquals(List.of(), new HarbourRules().reasons(bamboo, harbour()));
	}

	@Test
	void aShipCabinBuiltOnAStageStaysSilent() {
		Stage stage = StudioFactory.eINSTANCE.createStage();
		stage.setName("Stage 4");
		Scene s = scene("30", "INT. SHIP CABIN - NIGHT", "SHIP CABIN", IntExt.INT);
		var day = new DayFacts(null, stage, List.of(s)).day();

		assertEquals(List.of(), new HarbourRules().reasons(day, harbour()));
	}

	@Test
	void documentsAskForVesselPapersOnlyWhenBoatsAreOnTheWater() {
		PermitApplication bank = PermitsFactory.eINSTANCE.createPermitApplication();
		PermitApplication boats = PermitsFactory.eINSTANCE.createPermitApplication();
		boats.getHazards().add(Hazard.WATERCRAFT);

		List<String> bankKeys = harbour().rules().documents(bank, harbour()).stream().map(DocumentKind::key).toList();
		List<String> boatKeys = harbour().rules().documents(boats, harbour()).stream().map(DocumentKind::key).toList();

		assertEquals(List.of(DocumentKind.INSURANCE, DocumentKind.CREW_LIST, HarbourRules.WATER_SAFETY_PLAN), bankKeys);
		assertTrue(boatKeys.containsAll(List.of(HarbourRules.VESSEL_REGISTRATION, HarbourRules.CREW_CERTIFICATES, HarbourRules.WATER_SAFETY_PLAN)),
				boatKeys::toString);
		assertTrue(harbour().rules().requiredFields(harbour()).containsAll(List.of(PermitField.VEHICLES, PermitField.HAZARDS)));
	}

	@Test
	void feeIsTheRescueBoatRateForEachShootDay() {
		PermitApplication a = PermitsFactory.eINSTANCE.createPermitApplication();
		a.getPeriods().add(period(PeriodKind.PREP, DAY.atTime(6, 0), DAY.atTime(7, 0)));
		a.getPeriods().add(period(PeriodKind.SHOOT, DAY.atTime(7, 0), DAY.atTime(19, 0)));
		a.getPeriods().add(period(PeriodKind.SHOOT, DAY.plusDays(1).atTime(7, 0), DAY.plusDays(1).atTime(19, 0)));

		assertEquals(2400, harbour().rules().fee(a, harbour()), 0.001);
	}

	private static Location location(String name, LocationType type) {
		Location l = StudioFactory.eINSTANCE.createLocation();
		l.setName(name);
		l.setType(type);
		return l;
	}

	private static Scene scene(String number, String heading, String set, IntExt intExt) {
		Scene s = ScriptFactory.eINSTANCE.createScene();
		s.setNumber(number);
		s.setHeading(heading);
		s.setSetName(set);
		s.setIntExt(intExt);
		return s;
	}

	private static PermitPeriod period(PeriodKind kind, LocalDateTime from, LocalDateTime to) {
		PermitPeriod p = PermitsFactory.eINSTANCE.createPermitPeriod();
		p.setKind(kind);
		p.setStart(Date.from(from.atZone(ZoneId.systemDefault()).toInstant()));
		p.setEnd(Date.from(to.atZone(ZoneId.systemDefault()).toInstant()));
		return p;
	}
}
