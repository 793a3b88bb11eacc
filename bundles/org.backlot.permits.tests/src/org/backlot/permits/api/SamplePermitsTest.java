// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.backlot.core.api.ModelFiles;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.Requirement.Coverage;
import org.backlot.permits.internal.rules.BuiltIn;
import org.backlot.schedule.api.Boards;
import org.backlot.studio.api.Samples;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample production's permits as its location manager sees them on 24 November 2026. */
class SamplePermitsTest {
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
	private static Locale saved;
	@TempDir
	Path dir;
	private Production p;
	private Schedule board;

	@BeforeAll
	static void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(saved);
	}

	@BeforeEach
	void load() throws Exception {
		p = (Production) ModelFiles.store().load(ModelFiles.store().createResourceSet(), Samples.ensure(dir)).getContents().get(0);
		board = Boards.active(p);
	}

	private List<Requirement> of(AuthorityKind kind) {
		return Permits.derive(p, board, TODAY, BuiltIn.all()).stream().filter(r -> r.authority().kind() == kind).toList();
	}

	private static Requirement at(List<Requirement> list, String place) {
		return list.stream().filter(r -> r.placeName().startsWith(place)).findFirst().orElseThrow(() -> new AssertionError(place + " in " + list));
	}

	@Test
	void theStudiosLocationsAreRoadsAndLandmarks() {
		Location road = p.getStudio().getLocations().stream().filter(l -> l.getName().equals("Mountain Road")).findFirst().orElseThrow();
		Location hongyadong = p.getStudio().getLocations().stream().filter(l -> l.getName().equals("Hongyadong")).findFirst().orElseThrow();
		assertTrue(road.isRoad() && !road.isLandmark());
		assertTrue(hongyadong.isLandmark() && !hongyadong.isRoad());
	}

	@Test
	void whatTheSampleNeedsAndHowItIsCovered() {
		List<Requirement> culture = of(AuthorityKind.CULTURE_TOURISM);
		assertEquals(1, culture.size());
		assertEquals(Coverage.APPROVED, culture.get(0).coverage(), "the district registration is approved for the whole shoot");
		assertEquals(Coverage.PENDING, at(of(AuthorityKind.TRAFFIC_POLICE), "Mountain Road").coverage());
		assertEquals(Coverage.MISSING, at(of(AuthorityKind.TRAFFIC_POLICE), "Shibati Steps").coverage(), "the rickshaw on the steps");
		List<Requirement> police = of(AuthorityKind.POLICE);
		assertEquals(Coverage.PENDING, at(police, "Songji").coverage(), "more information asked for, still in time");
		Requirement teaHouse = at(police, "Stage 3");
		assertEquals(Coverage.MISSING, teaHouse.coverage());
		assertTrue(teaHouse.reasons().get(0).contains("Mauser pistol"), teaHouse.reasons().toString());
		assertEquals(Coverage.NOT_SUBMITTED, at(of(AuthorityKind.FIRE), "Chaotianmen").coverage());
		assertEquals(Coverage.MISSING, at(of(AuthorityKind.PARKS_LANDMARKS), "Hongyadong").coverage());
		assertEquals(List.of(), of(AuthorityKind.CIVIL_AVIATION));
		assertEquals(List.of(), Permits.conflicts(p, board, TODAY, BuiltIn.all()), "three months ahead, all is in time");
	}

	@Test
	void lateInFebruaryTheFireDraftIsLate() {
		List<Conflict> c = Permits.conflicts(p, board, LocalDate.of(2027, 2, 25), BuiltIn.all());
		assertTrue(c.stream().anyMatch(x -> x.kind() == Conflict.Kind.NOT_APPROVED_IN_TIME && x.requirement().authority().kind() == AuthorityKind.FIRE
				&& x.dayNumber() == 1), c.toString());
		assertTrue(c.stream().allMatch(x -> !x.message().isBlank() && x.requirement() != null));
	}

	@Test
	void generatingDraftsLeavesNothingMissing() {
		long missing = Permits.derive(p, board, TODAY, BuiltIn.all()).stream().filter(r -> r.coverage() == Coverage.MISSING).count();
		assertTrue(missing > 5, "missing " + missing);
		int before = p.getPermitApplications().size();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
				new BasicCommandStack(), p.eResource().getResourceSet());
		Command c = Permits.generate(domain, p, board, TODAY, BuiltIn.all());
		assertEquals("Create " + missing + " permit applications", c.getLabel());
		domain.getCommandStack().execute(c);
		assertEquals(before + missing, p.getPermitApplications().size());
		assertFalse(Permits.derive(p, board, TODAY, BuiltIn.all()).stream().anyMatch(r -> r.coverage() == Coverage.MISSING));
		assertTrue(p.getPermitApplications().stream().skip(before).allMatch(a -> !a.getPeriods().isEmpty() && !a.getDocuments().isEmpty()
				&& a.getAuthority() != null && a.getAuthority().eContainer() == p.getStudio() && a.getPersonInCharge() != null));
		domain.getCommandStack().undo();
		assertEquals(before, p.getPermitApplications().size());
	}
}
