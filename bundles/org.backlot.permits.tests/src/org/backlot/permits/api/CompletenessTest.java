// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.production.Production;
import org.backlot.permits.api.WorkflowTest.Fx;
import org.backlot.permits.internal.workflow.Checker;
import org.backlot.permits.internal.workflow.Messages;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completeness checklist: the authority's fields and documents, files that exist and have not expired. */
class CompletenessTest {
	private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

	@TempDir
	Path dir;

	/** Rules asking for vehicles and road closures, an insurance certificate and a traffic-control plan. */
	private static final AuthorityRules TRAFFIC = new AuthorityRules() {
		@Override
		public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
			return List.of();
		}

		@Override
		public Set<PermitField> requiredFields(AuthorityDefinition self) {
			Set<PermitField> s = EnumSet.copyOf(PermitField.BASIC);
			s.addAll(List.of(PermitField.ROAD_CLOSURES, PermitField.VEHICLES));
			return s;
		}

		@Override
		public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
			return List.of(new DocumentKind(DocumentKind.INSURANCE, "Insurance naming the brigade"),
					new DocumentKind(DocumentKind.TRAFFIC_PLAN, "Traffic-control plan"));
		}
	};

	private static final AuthorityDefinition DEF = new AuthorityDefinition("test.traffic", "test", "Traffic Police Brigade", "\u4ea4\u8b66\u5927\u961f",
			AuthorityKind.TRAFFIC_POLICE, 5, 3, AuthorityDefinition.Scope.LOCATION, "Form", "Form", Map.of(), TRAFFIC);

	@Test
	void basicFieldsWhenTheRulesAreUnknown() {
		Production p = Fx.production(null);
		PermitApplication a = Fx.application(p, Fx.authority("Somewhere", 3), "a");
		Checklist c = Completeness.of(a);
		assertEquals(List.of(Messages.fieldApplicant, Messages.fieldPersonInCharge, Messages.fieldDescription, Messages.fieldLocations,
				Messages.fieldPeriods, Messages.fieldHeadCount), c.fields().stream().map(Checklist.Item::label).toList());
		assertTrue(c.complete(), c.missing().toString());
		assertEquals("Chongqing Teahouse Films", c.fields().get(0).detail());

		a.setPersonInCharge(null);
		a.getPeriods().get(0).setEnd(ShootCalendar.toDate(LocalDate.of(2025, 1, 1)));
		c = Completeness.of(a);
		assertFalse(c.complete());
		assertEquals(List.of(NLS.bind(Messages.missingItem, Messages.fieldPersonInCharge, Messages.notFilled),
				NLS.bind(Messages.missingItem, Messages.fieldPeriods, Messages.periodIncomplete)), c.missing());
		assertEquals(Messages.fieldVehicles, Completeness.label(PermitField.VEHICLES));
	}

	@Test
	void theAuthoritysFieldsAndDocuments() throws IOException {
		Production p = Fx.production(dir.resolve("tea.backlot"));
		PermitApplication a = Fx.application(p, null, "a");
		a.setVehicleCount(2);
		Checklist c = Checker.of(a, DEF, TODAY);
		assertEquals(8, c.fields().size());
		Checklist.Item vehicles = c.fields().stream().filter(i -> i.label().equals(Messages.fieldVehicles)).findFirst().orElseThrow();
		assertEquals(new Checklist.Item(Messages.fieldVehicles, false, Messages.vehicleTypesMissing), vehicles);
		assertEquals(List.of("Insurance naming the brigade", "Traffic-control plan"), c.documents().stream().map(Checklist.Item::label).toList());
		assertTrue(c.missing().contains(NLS.bind(Messages.missingItem, "Traffic-control plan", Messages.notAttached)), c.missing().toString());

		a.setVehicleTypes("1940s truck, bus");
		RoadClosure closure = PermitsFactory.eINSTANCE.createRoadClosure();
		closure.setRoad("Zhongshan Road");
		closure.setStart(ShootCalendar.toDate(TODAY));
		closure.setEnd(ShootCalendar.toDate(TODAY));
		a.getRoadClosures().add(closure);
		assertFalse(Checker.of(a, DEF, TODAY).fields().stream().allMatch(Checklist.Item::done), "no traffic-control plan for the closure");
		closure.setTrafficPlan("Diversion via Xinhua Road");

		Files.writeString(dir.resolve("insurance.pdf"), "policy");
		Files.createDirectories(dir.resolve("docs"));
		Files.writeString(dir.resolve("docs/plan.pdf"), "plan");
		PermitDocument insurance = Fx.row(a, DocumentKind.INSURANCE, dir.resolve("insurance.pdf").toString());
		PermitDocument plan = Fx.row(a, "TRAFFIC-PLAN", "docs/plan.pdf");
		c = Checker.of(a, DEF, TODAY);
		assertTrue(c.complete(), c.missing().toString());
		assertEquals(2, c.documents().size(), "the rows repeat the authority's kinds: no new entries");
		assertEquals("docs/plan.pdf", c.documents().get(1).detail());

		insurance.setExpires(ShootCalendar.toDate(TODAY));
		assertTrue(Checker.of(a, DEF, TODAY).complete(), "valid through its expiry date");
		c = Checker.of(a, DEF, TODAY.plusDays(1));
		assertEquals(List.of(NLS.bind(Messages.missingItem, "Insurance naming the brigade", NLS.bind(Messages.expiredOn, ShootCalendar.label(TODAY)))),
				c.missing());

		plan.setPath("docs/gone.pdf");
		c = Checker.of(a, DEF, TODAY);
		assertEquals(NLS.bind(Messages.fileNotFound, "docs/gone.pdf"), c.documents().get(1).detail());
	}

	@Test
	void theApplicationsOwnRequiredRowsCount() {
		Production p = Fx.production(dir.resolve("tea.backlot"));
		PermitApplication a = Fx.application(p, Fx.authority("Parks", 3, DocumentKind.SITE_PLAN), "a");
		PermitDocument extra = Fx.row(a, "Letter from the temple", "");
		Checklist c = Completeness.of(a);
		assertEquals(List.of(Messages.docSitePlan, "Letter from the temple"), c.documents().stream().map(Checklist.Item::label).toList());
		extra.setRequired(false);
		assertEquals(1, Completeness.of(a).documents().size(), "an optional row is no checklist entry");
	}

	@Test
	void syncAddsTheRowsTheAuthorityAsksFor() {
		Production p = Fx.production(null);
		PermitApplication a = Fx.application(p, Fx.authority("Parks", 3, DocumentKind.INSURANCE, DocumentKind.SITE_PLAN, "Temple letter"), "a");
		PermitDocument own = Fx.row(a, "insurance", "");
		AdapterFactoryEditingDomain d = Fx.domain();
		Command c = Completeness.syncDocuments(d, a);
		assertEquals(NLS.bind(Messages.cmdSyncDocuments, "Parks"), c.getLabel());
		d.getCommandStack().execute(c);
		assertEquals(List.of("insurance", DocumentKind.SITE_PLAN, "Temple letter"), a.getDocuments().stream().map(PermitDocument::getKind).toList());
		PermitDocument added = a.getDocuments().get(1);
		assertTrue(added.isRequired());
		assertEquals("", added.getPath());
		assertNull(Completeness.syncDocuments(d, a), "nothing lacking");
		d.getCommandStack().undo();
		assertEquals(List.of(own), a.getDocuments());
	}
}
