// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.calendar;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.ui.internal.PermitsUi;
import org.backlot.permits.ui.internal.SampleTestCase;
import org.backlot.permits.ui.internal.Snapshot;
import org.backlot.permits.ui.internal.editor.ApplicationEditorView;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.junit.jupiter.api.Test;

/** The permit calendar on the sample: a cell per shoot day and authority, coloured by coverage; a click selects the application. */
class CalendarViewTest extends SampleTestCase {
	@Test
	void aCellPerDayAndAuthority() throws Exception {
		ProductionDocument doc = openSample();
		CalendarView view = (CalendarView) page().showView(PermitsUi.CALENDAR_VIEW);
		drain();
		Snapshot s = Snapshot.of(doc.production());
		Set<Integer> days = new TreeSet<>();
		for (DayAtPlace d : s.days()) {
			days.add(d.dayNumber());
		}
		Grid g = view.grid();
		assertEquals(days.size(), g.days().size(), "a row per shoot day");
		assertTrue(g.authorities().size() >= Authorities.all().size(), "a column per authority");
		assertEquals(g.days().size() * g.authorities().size(), g.size());
		for (int r = 0; r < g.days().size(); r++) {
			for (int c = 0; c < g.authorities().size(); c++) {
				assertNotNull(g.cell(r, c));
			}
		}
		for (Requirement req : s.requirements()) {
			int col = g.authorities().indexOf(req.authority());
			int row = indexOf(g, req.first().dayNumber());
			assertTrue(g.cell(row, col).requirements().contains(req), "the requirement's first day is in its cell");
			assertNotNull(g.cell(row, col).coverage(), "a needed permit has a coverage colour");
		}
	}

	private static int indexOf(Grid g, int dayNumber) {
		for (int i = 0; i < g.days().size(); i++) {
			if (g.days().get(i).number() == dayNumber) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void clickingACellSelectsItsApplication() throws Exception {
		ProductionDocument doc = openSample();
		ApplicationEditorView editor = (ApplicationEditorView) page().showView(PermitsUi.EDITOR_VIEW);
		CalendarView view = (CalendarView) page().showView(PermitsUi.CALENDAR_VIEW);
		drain();
		Grid g = view.grid();
		for (int r = 0; r < g.days().size(); r++) {
			for (int c = 0; c < g.authorities().size(); c++) {
				Requirement req = CalendarCanvas.subject(g.cell(r, c));
				if (req != null && req.application() != null) {
					view.click(r, c);
					drain();
					Object selected = ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement();
					assertSame(req.application(), selected);
					assertSame(req.application(), editor.shown(), "the editor follows");
					assertTrue(doc.production().getPermitApplications().contains(editor.shown()));
					return;
				}
			}
		}
		throw new AssertionError("no cell of the sample's calendar has an application");
	}
}
