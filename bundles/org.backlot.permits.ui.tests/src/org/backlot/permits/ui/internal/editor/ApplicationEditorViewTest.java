// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.permits.ui.internal.PermitsUi;
import org.backlot.permits.ui.internal.SampleTestCase;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.testing.WorkbenchTests;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** The application editor on the sample: an edited head-count is one undoable command; a status move is recorded in the history. */
class ApplicationEditorViewTest extends SampleTestCase {
	private static PermitApplication withStatus(ProductionDocument doc, PermitStatus s) {
		return doc.production().getPermitApplications().stream().filter(a -> a.getStatus() == s).findFirst().orElseThrow();
	}

	@Test
	void editingTheHeadCountIsUndoable() throws Exception {
		ProductionDocument doc = openSample();
		ApplicationEditorView view = (ApplicationEditorView) page().showView(PermitsUi.EDITOR_VIEW);
		PermitApplication police = withStatus(doc, PermitStatus.SUBMITTED);
		view.show(police);
		drain();
		assertSame(police, view.shown());
		int before = police.getHeadCount();
		assertEquals(before, view.details().headCount().getSelection());
		view.details().headCount().setSelection(before + 35);
		view.details().headCount().notifyListeners(SWT.Selection, new Event());
		drain();
		assertEquals(before + 35, police.getHeadCount());
		String label = doc.domain().getCommandStack().getUndoCommand().getLabel();
		assertTrue(label.contains("Head-count"), label);
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(before, police.getHeadCount());
		assertEquals(before, view.details().headCount().getSelection(), "the field follows the undo");
	}

	@Test
	void aStatusMoveIsRecordedInTheHistory() throws Exception {
		ProductionDocument doc = openSample();
		ApplicationEditorView view = (ApplicationEditorView) page().showView(PermitsUi.EDITOR_VIEW);
		PermitApplication police = withStatus(doc, PermitStatus.SUBMITTED);
		view.show(police);
		drain();
		assertFalse(view.statusBar().offered().isEmpty(), "a submitted application can move on");
		PermitStatus to = view.statusBar().offered().stream().filter(s -> s != PermitStatus.APPROVED && view.statusBar().enabled(s))
				.findFirst().orElse(PermitStatus.APPROVED);
		int steps = police.getHistory().size();
		int rows = view.history().rows();
		assertTrue(view.statusBar().enabled(to), to + " is allowed");
		assertTrue(view.statusBar().move(to, "Asked for the stunt coordinator's licence", "GA-2027-0007", "Police on set"));
		drain();
		assertEquals(to, police.getStatus());
		assertEquals(steps + 1, police.getHistory().size());
		assertEquals(to, police.getHistory().get(steps).getStatus());
		assertEquals(rows + 1, view.history().rows(), "the history list shows the new step");
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(PermitStatus.SUBMITTED, police.getStatus());
		assertEquals(steps, police.getHistory().size());
	}

	@Test
	void showsTheApplicationSelectedInTheDashboard() throws Exception {
		ProductionDocument doc = openSample();
		ApplicationEditorView view = (ApplicationEditorView) page().showView(PermitsUi.EDITOR_VIEW);
		PermitApplication draft = withStatus(doc, PermitStatus.DRAFT);
		page().showView(PermitsUi.APPLICATIONS_VIEW).getSite().getSelectionProvider()
				.setSelection(new org.eclipse.jface.viewers.StructuredSelection(draft));
		drain();
		org.backlot.ui.testing.WorkbenchTests.waitUntil(() -> view.shown() == draft, 5);
		assertSame(draft, view.shown());
		assertTrue(view.checklist().table().getItemCount() > 0, "the checklist lists what the authority asks for");
	}
}
