// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.dashboard;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.permits.ui.internal.PermitsUi;
import org.backlot.permits.ui.internal.SampleTestCase;
import org.backlot.permits.ui.internal.Snapshot;
import org.backlot.permits.ui.internal.dashboard.Rows.Group;
import org.backlot.permits.ui.internal.dashboard.Rows.Line;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.testing.WorkbenchTests;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** The applications dashboard on the sample: its applications and the permits nobody applied for; Create Missing, Delete and Undo. */
class ApplicationsViewTest extends SampleTestCase {
	private static List<Line> lines(ApplicationsView view) {
		List<Line> all = new ArrayList<>();
		for (Group g : view.groups()) {
			all.addAll(g.lines());
		}
		return all;
	}

	private static long missing(ApplicationsView view) {
		return lines(view).stream().filter(l -> l.application() == null).count();
	}

	/** The dashboard, showing every row (the view outlives a test, its filter too). */
	private static ApplicationsView dashboard() throws Exception {
		ApplicationsView view = (ApplicationsView) page().showView(PermitsUi.APPLICATIONS_VIEW);
		view.filters().chooseStatus(0);
		drain();
		return view;
	}

	@Test
	void listsTheSampleApplicationsAndMissingRequirements() throws Exception {
		ProductionDocument doc = openSample();
		ApplicationsView view = dashboard();
		List<Line> lines = lines(view);
		for (PermitApplication a : doc.production().getPermitApplications()) {
			assertTrue(lines.stream().anyMatch(l -> l.application() == a), "listed: " + a.getDescription());
		}
		long uncovered = Snapshot.of(doc.production()).requirements().stream().filter(r -> r.application() == null).count();
		assertTrue(uncovered > 0, "the sample's schedule needs permits nobody has applied for yet");
		assertEquals(uncovered, missing(view), "a 'Not applied' row per requirement without an application");
		for (Group g : view.groups()) {
			assertFalse(g.lines().isEmpty(), g.label());
		}
		assertEquals(view.groups().size() + lines.size(), countItems(view), "the tree shows every group and row");
		view.filters().chooseStatus(2); // not applied
		drain();
		assertTrue(lines(view).stream().allMatch(l -> l.application() == null), "the filter keeps the missing ones only");
		assertEquals(uncovered, lines(view).size());
	}

	private static int countItems(ApplicationsView view) {
		int n = 0;
		for (org.eclipse.swt.widgets.TreeItem g : view.viewer().getTree().getItems()) {
			n += 1 + g.getItemCount();
		}
		return n;
	}

	@Test
	void createMissingAddsDraftsAsOneCommandAndUndoRemovesThem() throws Exception {
		ProductionDocument doc = openSample();
		ApplicationsView view = dashboard();
		int before = doc.production().getPermitApplications().size();
		long wanted = missing(view);
		Job job = view.createMissing();
		assertNotNull(job);
		job.join();
		assertTrue(WorkbenchTests.waitUntil(() -> doc.production().getPermitApplications().size() > before, 20), "drafts were added");
		drain();
		List<PermitApplication> added = doc.production().getPermitApplications().subList(before, doc.production().getPermitApplications().size());
		assertTrue(added.size() > 0 && added.size() <= wanted, added.size() + " drafts for " + wanted + " missing requirements");
		assertTrue(added.stream().allMatch(a -> a.getStatus() == null || a.getStatus() == PermitStatus.DRAFT), "all are drafts");
		assertEquals(0, missing(view), "nothing is left without an application");
		assertTrue(doc.domain().getCommandStack().canUndo());
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(before, doc.production().getPermitApplications().size(), "one undo removes them all");
		assertEquals(wanted, missing(view), "the missing rows are back");
	}

	@Test
	void theCommandAndItsShortcutCreateTheMissingApplications() throws Exception {
		ProductionDocument doc = openSample();
		ApplicationsView view = dashboard();
		int before = doc.production().getPermitApplications().size();
		org.eclipse.ui.handlers.IHandlerService handlers = view.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class);
		handlers.executeCommand(PermitsUi.CREATE_MISSING_COMMAND, null);
		assertTrue(WorkbenchTests.waitUntil(() -> doc.production().getPermitApplications().size() > before, 20), "drafts were added");
		org.eclipse.ui.keys.IBindingService bindings = view.getSite().getService(org.eclipse.ui.keys.IBindingService.class);
		assertNotNull(bindings.getBestActiveBindingFormattedFor(PermitsUi.CREATE_MISSING_COMMAND), "the command has a key binding");
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(before, doc.production().getPermitApplications().size());
	}

	@Test
	void deleteRemovesADraftUndoably() throws Exception {
		ProductionDocument doc = openSample();
		ApplicationsView view = dashboard();
		PermitApplication draft = doc.production().getPermitApplications().stream().filter(a -> a.getStatus() == PermitStatus.DRAFT)
				.findFirst().orElseThrow();
		Line row = lines(view).stream().filter(l -> l.application() == draft).findFirst().orElseThrow();
		view.viewer().setSelection(new StructuredSelection(row), true);
		assertEquals(draft, ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement(),
				"the view's selection is the application");
		Event del = new Event();
		del.keyCode = SWT.DEL;
		view.viewer().getControl().notifyListeners(SWT.KeyDown, del);
		drain();
		assertFalse(doc.production().getPermitApplications().contains(draft));
		assertTrue(doc.domain().getCommandStack().getUndoCommand().getLabel().startsWith("Delete Draft Application"),
				doc.domain().getCommandStack().getUndoCommand().getLabel());
		doc.domain().getCommandStack().undo();
		drain();
		assertTrue(doc.production().getPermitApplications().contains(draft));
		assertTrue(lines(view).stream().anyMatch(l -> l.application() == draft));
	}

	@Test
	void deleteLeavesSubmittedApplicationsAlone() throws Exception {
		ProductionDocument doc = openSample();
		ApplicationsView view = dashboard();
		PermitApplication submitted = doc.production().getPermitApplications().stream()
				.filter(a -> a.getStatus() == PermitStatus.SUBMITTED).findFirst().orElseThrow();
		Line row = lines(view).stream().filter(l -> l.application() == submitted).findFirst().orElseThrow();
		view.viewer().setSelection(new StructuredSelection(row), true);
		assertFalse(view.actions().deleteAction().isEnabled());
		view.actions().deleteDrafts();
		drain();
		assertTrue(doc.production().getPermitApplications().contains(submitted));
		assertFalse(doc.domain().getCommandStack().canUndo());
	}
}
