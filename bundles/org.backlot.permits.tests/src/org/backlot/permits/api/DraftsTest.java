// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.permits.internal.derive.Times;
import org.backlot.permits.internal.rules.BuiltIn;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drafts come pre-filled from the schedule, and generating them is one undoable command. */
class DraftsTest {
	private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
	private static Locale saved;
	private final Shoot s = new Shoot();
	private final Location road = s.location("Mountain Road", true, false);
	private final Scene truck = s.scene("14", IntExt.EXT, road);
	private final Scene chase = s.scene("15", IntExt.EXT, road);

	@BeforeAll
	static void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	DraftsTest() {
		s.cast(1, truck, chase);
		s.extras(truck, 12, "villagers");
		s.element("vehicles", "1940s police truck", truck);
		s.element("vehicles", "2 jeeps", chase);
		s.day(truck).day(chase).schedule();
	}

	private static LocalDateTime at(int day, int hour) {
		return LocalDateTime.of(2027, 3, day, hour, 0);
	}

	private static void period(PermitPeriod p, PeriodKind kind, LocalDateTime from, LocalDateTime to) {
		assertEquals(kind, p.getKind());
		assertEquals(from, Times.local(p.getStart()));
		assertEquals(to, Times.local(p.getEnd()));
	}

	private List<Requirement> requirements(List<AuthorityDefinition> authorities) {
		return Permits.derive(s.p, s.board, TODAY, authorities);
	}

	@Test
	void aTrafficDraftIsPreFilled() {
		Authority record = s.record(BuiltIn.traffic());
		List<PermitApplication> drafts = Permits.drafts(s.p, requirements(List.of(BuiltIn.traffic())));
		assertEquals(1, drafts.size());
		PermitApplication a = drafts.get(0);
		assertNotNull(a.getId());
		assertSame(record, a.getAuthority());
		assertEquals(PermitStatus.DRAFT, a.getStatus());
		assertEquals(1, a.getHistory().size());
		assertEquals(PermitStatus.DRAFT, a.getHistory().get(0).getStatus());
		assertEquals(System.getProperty("user.name"), a.getHistory().get(0).getBy());
		assertEquals("Crafted Pictures", a.getApplicant());
		assertEquals("Ma Jun", a.getPersonInCharge().getName());
		assertEquals(List.of(road), a.getLocations());
		assertEquals(List.of(truck, chase), a.getScenes());
		assertEquals(1 + 12 + 3, a.getHeadCount(), "cast, background and crew on the busiest day");
		assertEquals(2, a.getVehicleCount());
		assertEquals("1940s police truck, 2 jeeps", a.getVehicleTypes());
		assertEquals(List.of(Hazard.MOVING_VEHICLES, Hazard.CROWD), a.getHazards());
		assertTrue(a.getDescription().startsWith("Filming of Crafted at Mountain Road: 2 shoot day(s), Mar 1, 2027 to Mar 2, 2027."), a.getDescription());
		assertTrue(a.getDescription().contains("Scene 14, Mountain Road: What happens in 14"), a.getDescription());
		assertTrue(a.getReasons().contains("Vehicles on a public road: Scene 14: 1940s police truck (Vehicles and animals)"), a.getReasons().toString());
		assertEquals(6, a.getPeriods().size());
		period(a.getPeriods().get(0), PeriodKind.PREP, at(1, 6), at(1, 7));
		period(a.getPeriods().get(1), PeriodKind.SHOOT, at(1, 7), at(1, 8));
		period(a.getPeriods().get(2), PeriodKind.STRIKE, at(1, 8), at(1, 9));
		period(a.getPeriods().get(4), PeriodKind.SHOOT, at(2, 7), at(2, 8));
		assertEquals(2, a.getRoadClosures().size());
		RoadClosure c = a.getRoadClosures().get(0);
		assertEquals("Mountain Road address", c.getRoad());
		assertEquals(at(1, 7), Times.local(c.getStart()));
		assertEquals(at(1, 8), Times.local(c.getEnd()));
		assertEquals("", c.getTrafficPlan());
		assertEquals(List.of(DocumentKind.INSURANCE, DocumentKind.SITE_PLAN, DocumentKind.TRAFFIC_PLAN),
				a.getDocuments().stream().map(PermitDocument::getKind).toList());
		assertTrue(a.getDocuments().stream().allMatch(d -> d.isRequired() && d.getPath().isEmpty()));
		assertEquals(4000, a.getFee(), 0.001, "2000 a day of road closure");
	}

	@Test
	void prepAndStrikeHoursComeFromTheSettings() {
		AuthorityDefinition t = BuiltIn.traffic();
		AuthorityDefinition longer = new AuthorityDefinition(t.id(), t.plugin(), t.name(), t.nameZh(), t.kind(), t.leadTimeDays(), t.targetDays(),
				t.scope(), t.formTitle(), t.formTitleZh(), Map.of("prepHours", "2", "strikeHours", "0"), t.rules());
		PermitApplication a = Permits.drafts(s.p, requirements(List.of(longer))).get(0);
		assertEquals(4, a.getPeriods().size(), "no strike periods");
		period(a.getPeriods().get(0), PeriodKind.PREP, at(1, 5), at(1, 7));
		assertEquals(0, a.getFee(), 0.001, "no closure rate set");
	}

	@Test
	void aDraftForAnAuthorityTheStudioLacksGetsANewRecord() {
		PermitApplication a = Permits.drafts(s.p, requirements(List.of(BuiltIn.police()))).get(0);
		Authority record = a.getAuthority();
		assertNull(record.eContainer(), "not added to the studio");
		assertEquals(BuiltIn.police().id(), record.getRuleId());
		assertEquals(AuthorityKind.POLICE, record.getKind());
		assertEquals("公安局", record.getNameZh());
		assertEquals(5, record.getLeadTimeDays());
		assertEquals(3, record.getTargetDays());
		assertEquals(List.of(DocumentKind.INSURANCE, DocumentKind.CREW_LIST, DocumentKind.SITE_PLAN),
				a.getDocuments().stream().map(PermitDocument::getKind).toList());
		assertEquals(3000, a.getFee(), 0.001, "1500 a shoot day");
	}

	@Test
	void documentsFollowWhatTheApplicationCovers() {
		Shoot x = new Shoot();
		Location villa = x.location("Villa", false, false, LocationType.PRIVATE);
		Scene gun = x.scene("7", IntExt.INT, villa);
		x.element("weapons", "revolver", gun);
		x.element("sfx", "fireplace fire", gun);
		x.day(gun).schedule();
		List<PermitApplication> drafts = Permits.drafts(x.p, Permits.derive(x.p, x.board, TODAY, List.of(BuiltIn.police(), BuiltIn.fire())));
		assertEquals(List.of(DocumentKind.INSURANCE, DocumentKind.CREW_LIST, DocumentKind.SITE_PLAN, DocumentKind.WEAPONS_LIST, DocumentKind.OWNER_CONSENT),
				drafts.get(0).getDocuments().stream().map(PermitDocument::getKind).toList());
		assertEquals(List.of(DocumentKind.INSURANCE, DocumentKind.SITE_PLAN, DocumentKind.PYROTECHNICS_PLAN, DocumentKind.OPERATOR_LICENCE,
				DocumentKind.OWNER_CONSENT), drafts.get(1).getDocuments().stream().map(PermitDocument::getKind).toList());
		assertEquals("Insurance certificate naming Public Security Bureau",
				BuiltIn.police().rules().documents(drafts.get(0), BuiltIn.police()).get(0).label());
	}

	@Test
	void cultureGetsOneShootPeriodForAllDays() {
		PermitApplication a = Permits.drafts(s.p, requirements(List.of(BuiltIn.culture()))).get(0);
		assertEquals(1, a.getPeriods().size());
		period(a.getPeriods().get(0), PeriodKind.SHOOT, at(1, 6), at(2, 9));
		assertEquals(List.of(DocumentKind.REGISTRATION, DocumentKind.SYNOPSIS, DocumentKind.CREW_LIST),
				a.getDocuments().stream().map(PermitDocument::getKind).toList());
		assertEquals(0, a.getFee(), 0.001);
	}

	@Test
	void urbanManagementDraftsSayWhatStandsOnPublicGround() {
		PermitApplication a = Permits.drafts(s.p, requirements(List.of(BuiltIn.urban()))).get(0);
		assertEquals("Camera, lighting and grip equipment, a generator and the unit's vehicles on public ground at Mountain Road; "
				+ "picture vehicles: 1940s police truck, 2 jeeps", a.getEquipment());
		assertFalse(a.getDocuments().stream().anyMatch(d -> d.getKind().equals(DocumentKind.NEIGHBOUR_NOTICE)), "no night work");
		assertEquals(1000, a.getFee(), 0.001);
	}

	@Test
	void onlyMissingRequirementsGetDrafts() {
		Authority record = s.record(BuiltIn.traffic());
		s.application(record, PermitStatus.DRAFT, TODAY, road);
		assertEquals(List.of(), Permits.drafts(s.p, requirements(List.of(BuiltIn.traffic()))));
	}

	@Test
	void generateIsOneUndoableCommand() {
		s.record(BuiltIn.traffic());
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
				new BasicCommandStack());
		List<AuthorityDefinition> authorities = List.of(BuiltIn.police(), BuiltIn.traffic(), BuiltIn.urban());
		Command c = Permits.generate(domain, s.p, s.board, TODAY, authorities);
		assertTrue(c.canExecute());
		assertEquals("Create 3 permit applications", c.getLabel());
		domain.getCommandStack().execute(c);
		assertEquals(3, s.p.getPermitApplications().size());
		assertEquals(3, s.studio.getAuthorities().size(), "records for the police and urban management, with their rule ids");
		assertEquals(BuiltIn.police().id(), s.studio.getAuthorities().get(1).getRuleId());
		assertTrue(Permits.derive(s.p, s.board, TODAY, authorities).stream().allMatch(r -> r.coverage() == Requirement.Coverage.NOT_SUBMITTED),
				"the drafts cover the requirements");
		assertFalse(Permits.generate(domain, s.p, s.board, TODAY, authorities).canExecute(), "nothing missing any more");
		domain.getCommandStack().undo();
		assertEquals(0, s.p.getPermitApplications().size());
		assertEquals(1, s.studio.getAuthorities().size());
		domain.getCommandStack().redo();
		assertEquals(3, s.p.getPermitApplications().size());
	}
}
