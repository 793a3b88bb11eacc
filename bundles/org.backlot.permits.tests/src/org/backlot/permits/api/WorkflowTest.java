// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.StatusChange;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.StudioFactory;
import org.backlot.permits.internal.workflow.Messages;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** The application workflow: allowed moves, refusals, and the undoable commands that record each step. */
class WorkflowTest {
	static final LocalDate FRI = LocalDate.of(2025, 3, 7);

	/** Builds productions and applications for the workflow tests. */
	static final class Fx {
		private Fx() {
		}

		static AdapterFactoryEditingDomain domain() {
			return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
		}

		/** A production saved (in name) as that file, with these holidays. */
		static Production production(Path file, LocalDate... holidays) {
			Production p = ProductionFactory.eINSTANCE.createProduction();
			p.setId("prod-1");
			for (LocalDate d : holidays) {
				Holiday h = ScheduleFactory.eINSTANCE.createHoliday();
				h.setDate(ShootCalendar.toDate(d));
				p.getHolidays().add(h);
			}
			if (file != null) {
				new ResourceImpl(URI.createFileURI(file.toString())).getContents().add(p);
			}
			return p;
		}

		static Authority authority(String name, int target, String... documents) {
			Authority r = PermitsFactory.eINSTANCE.createAuthority();
			r.setId(name);
			r.setName(name);
			r.setKind(AuthorityKind.OTHER);
			r.setTargetDays(target);
			r.getRequiredDocuments().addAll(List.of(documents));
			return r;
		}

		/** An application with every basic field filled in. */
		static PermitApplication application(Production p, Authority authority, String id) {
			PermitApplication a = PermitsFactory.eINSTANCE.createPermitApplication();
			a.setId(id);
			a.setAuthority(authority);
			a.setApplicant("Chongqing Teahouse Films");
			Person boss = ProductionFactory.eINSTANCE.createPerson();
			boss.setName("Li Wei");
			p.getPeople().add(boss);
			a.setPersonInCharge(boss);
			a.setDescription("Night exterior on the old street");
			Location l = StudioFactory.eINSTANCE.createLocation();
			l.setName("Yongchuan Old Street");
			a.getLocations().add(l);
			PermitPeriod period = PermitsFactory.eINSTANCE.createPermitPeriod();
			period.setKind(PeriodKind.SHOOT);
			period.setStart(ShootCalendar.toDate(FRI.plusDays(10)));
			period.setEnd(ShootCalendar.toDate(FRI.plusDays(11)));
			a.getPeriods().add(period);
			a.setHeadCount(60);
			p.getPermitApplications().add(a);
			return a;
		}

		static StatusChange step(PermitApplication a, PermitStatus s, LocalDate on) {
			StatusChange c = PermitsFactory.eINSTANCE.createStatusChange();
			c.setStatus(s);
			c.setAt(ShootCalendar.toDate(on));
			c.setBy("test");
			a.getHistory().add(c);
			a.setStatus(s);
			return c;
		}

		static PermitDocument row(PermitApplication a, String kind, String path) {
			PermitDocument d = PermitsFactory.eINSTANCE.createPermitDocument();
			d.setKind(kind);
			d.setPath(path);
			d.setRequired(true);
			a.getDocuments().add(d);
			return d;
		}
	}

	private final Production p = Fx.production(null);
	private final Authority traffic = Fx.authority("Traffic Police Brigade", 3);
	private final PermitApplication a = Fx.application(p, traffic, "app-1");
	private final AdapterFactoryEditingDomain d = Fx.domain();

	@Test
	void aDraftMovesToCompleteOnlyWhenComplete() {
		Fx.row(a, "Police escort letter", "");
		assertEquals(List.of(PermitStatus.WITHDRAWN), Workflow.next(a));
		String why = Workflow.refusal(a, PermitStatus.COMPLETE).orElseThrow();
		assertTrue(why.contains("Police escort letter"), why);
		assertTrue(why.contains(Messages.notAttached), why);
		assertFalse(why.contains(Messages.fieldApplicant), "the applicant is given: " + why);
		Command c = Workflow.change(d, a, PermitStatus.COMPLETE, "me", null, null);
		assertFalse(c.canExecute());
		assertEquals(why, c.getDescription());

		a.getDocuments().clear();
		assertEquals(List.of(PermitStatus.COMPLETE, PermitStatus.WITHDRAWN), Workflow.next(a));
		assertTrue(Workflow.refusal(a, PermitStatus.COMPLETE).isEmpty());
	}

	@Test
	void missingFieldsAreNamed() {
		a.setApplicant(" ");
		a.setHeadCount(0);
		String why = Workflow.refusal(a, PermitStatus.COMPLETE).orElseThrow();
		assertTrue(why.contains(Messages.fieldApplicant) && why.contains(Messages.fieldHeadCount), why);
		assertFalse(why.contains(Messages.fieldDescription), why);
	}

	@Test
	void movesFollowTheWorkflow() {
		assertEquals(List.of(PermitStatus.SUBMITTED, PermitStatus.DRAFT, PermitStatus.WITHDRAWN), nextFrom(PermitStatus.COMPLETE));
		assertEquals(List.of(PermitStatus.MORE_INFO, PermitStatus.APPROVED, PermitStatus.REJECTED, PermitStatus.WITHDRAWN),
				nextFrom(PermitStatus.SUBMITTED));
		assertEquals(List.of(PermitStatus.SUBMITTED, PermitStatus.WITHDRAWN, PermitStatus.DRAFT), nextFrom(PermitStatus.MORE_INFO));
		assertEquals(List.of(PermitStatus.EXPIRED, PermitStatus.WITHDRAWN), nextFrom(PermitStatus.APPROVED));
		assertEquals(List.of(PermitStatus.DRAFT), nextFrom(PermitStatus.REJECTED));
		assertEquals(List.of(PermitStatus.DRAFT), nextFrom(PermitStatus.WITHDRAWN));
		assertEquals(List.of(PermitStatus.DRAFT), nextFrom(PermitStatus.EXPIRED));
		a.setStatus(PermitStatus.DRAFT);
		assertEquals(NLS.bind(Messages.notAllowed, Messages.statusDraft, Messages.statusApproved), Workflow.refusal(a, PermitStatus.APPROVED).orElseThrow());
		assertEquals(NLS.bind(Messages.sameStatus, Messages.statusDraft), Workflow.refusal(a, PermitStatus.DRAFT).orElseThrow());
		assertFalse(Workflow.approve(d, a, "X-1", "", "me", null).canExecute());
	}

	private List<PermitStatus> nextFrom(PermitStatus s) {
		a.setStatus(s);
		return Workflow.next(a);
	}

	@Test
	void submitIsOneUndoableCommandWithAHistoryEntry() {
		a.setStatus(PermitStatus.COMPLETE);
		Date at = ShootCalendar.toDate(FRI);
		Command c = Workflow.change(d, a, PermitStatus.SUBMITTED, "Wang Fang", " by courier ", at);
		assertEquals(NLS.bind(Messages.cmdSubmit, "Traffic Police Brigade"), c.getLabel());
		assertTrue(c.canExecute());
		d.getCommandStack().execute(c);
		assertEquals(PermitStatus.SUBMITTED, a.getStatus());
		assertEquals(1, a.getHistory().size());
		StatusChange e = a.getHistory().get(0);
		assertEquals(PermitStatus.SUBMITTED, e.getStatus());
		assertEquals(at, e.getAt());
		assertEquals("Wang Fang", e.getBy());
		assertEquals("by courier", e.getNote());

		d.getCommandStack().undo();
		assertEquals(PermitStatus.COMPLETE, a.getStatus());
		assertTrue(a.getHistory().isEmpty());
		d.getCommandStack().redo();
		assertEquals(PermitStatus.SUBMITTED, a.getStatus());
		assertSame(e, a.getHistory().get(0));

		Command resubmit = Workflow.change(d, a, PermitStatus.MORE_INFO, null, null, null);
		d.getCommandStack().execute(resubmit);
		assertEquals(Workflow.currentUser(), a.getHistory().get(1).getBy());
		assertTrue(a.getHistory().get(1).getAt() != null);
		assertEquals(NLS.bind(Messages.cmdResubmit, "Traffic Police Brigade"), Workflow.change(d, a, PermitStatus.SUBMITTED, null, null, null).getLabel());
	}

	@Test
	void approvalRecordsNumberAndConditions() {
		a.setStatus(PermitStatus.SUBMITTED);
		Command c = Workflow.approve(d, a, "CQ-2025-0142", "No filming after 23:00", "Officer Zhao", ShootCalendar.toDate(FRI));
		assertEquals(NLS.bind(Messages.cmdApprove, "Traffic Police Brigade"), c.getLabel());
		d.getCommandStack().execute(c);
		assertEquals(PermitStatus.APPROVED, a.getStatus());
		assertEquals("CQ-2025-0142", a.getPermitNumber());
		assertEquals("No filming after 23:00", a.getConditions());
		assertEquals(NLS.bind(Messages.approvedNoteConditions, "CQ-2025-0142", "No filming after 23:00"), a.getHistory().get(0).getNote());
		d.getCommandStack().undo();
		assertEquals(PermitStatus.SUBMITTED, a.getStatus());
		assertNull(a.getPermitNumber());
		assertNull(a.getConditions());
		assertTrue(a.getHistory().isEmpty());

		a.setPermitNumber("P-9");
		a.setConditions("Quiet after 22:00");
		d.getCommandStack().execute(Workflow.change(d, a, PermitStatus.APPROVED, "me", "phoned", null));
		assertEquals(PermitStatus.APPROVED, a.getStatus());
		assertEquals("P-9", a.getPermitNumber());
		assertEquals("Quiet after 22:00", a.getConditions());
		assertEquals("phoned", a.getHistory().get(0).getNote());
	}

	@Test
	void decisionsAreRecorded() {
		a.setStatus(PermitStatus.SUBMITTED);
		LocalDateTime at = LocalDateTime.of(2025, 3, 11, 15, 30);
		d.getCommandStack().execute(Workflow.record(d, a, new Decision(PermitStatus.MORE_INFO, at, "", "", "Send the traffic-control plan")));
		assertEquals(PermitStatus.MORE_INFO, a.getStatus());
		assertEquals("Send the traffic-control plan", a.getConditions());
		StatusChange e = a.getHistory().get(0);
		assertEquals("Send the traffic-control plan", e.getNote());
		assertEquals("Traffic Police Brigade", e.getBy(), "nobody named: the authority");
		assertEquals(at, LocalDateTime.ofInstant(e.getAt().toInstant(), java.time.ZoneId.systemDefault()));

		assertFalse(Workflow.record(d, a, new Decision(PermitStatus.APPROVED, at, "Zhao", "N-1", "")).canExecute(), "not submitted");
		assertFalse(Workflow.record(d, a, new Decision(PermitStatus.SUBMITTED, at, "Zhao", "", "")).canExecute(), "not a decision");

		a.setStatus(PermitStatus.SUBMITTED);
		d.getCommandStack().execute(Workflow.record(d, a, new Decision(PermitStatus.APPROVED, at, "Zhao", "N-1", "")));
		assertEquals(PermitStatus.APPROVED, a.getStatus());
		assertEquals("N-1", a.getPermitNumber());
		assertEquals("Zhao", a.getHistory().get(1).getBy());
		assertEquals(NLS.bind(Messages.approvedNote, "N-1"), a.getHistory().get(1).getNote());
	}

	@Test
	void labelsInBothLanguages() throws IOException {
		Properties en = properties("messages.properties");
		Properties zh = properties("messages_zh.properties");
		assertEquals(en.keySet(), zh.keySet(), "every text translated");
		assertEquals("Draft", en.getProperty("statusDraft"));
		assertEquals("More information requested", en.getProperty("statusMoreInfo"));
		assertEquals("\u8349\u7a3f", zh.getProperty("statusDraft"));
		assertEquals("\u9700\u8865\u5145\u6750\u6599", zh.getProperty("statusMoreInfo"));
		assertEquals("\u5df2\u8fc7\u671f", zh.getProperty("statusExpired"));
		assertEquals(Messages.statusSubmitted, Workflow.label(PermitStatus.SUBMITTED));
		assertEquals(8, java.util.Arrays.stream(PermitStatus.values()).map(Workflow::label).distinct().count());
	}

	private static Properties properties(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			p.load(in);
		}
		return p;
	}
}
