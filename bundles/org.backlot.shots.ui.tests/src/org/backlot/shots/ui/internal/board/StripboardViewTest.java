// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.shots.ui.internal.SampleTestCase;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Plan;
import org.backlot.shots.ui.internal.ShotsUi;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;

/** The stripboard on the sample production: moving strips, day breaks, pins, selection; each one undoable command. */
class StripboardViewTest extends SampleTestCase {
	private static String text(Plan p) {
		StringBuilder b = new StringBuilder();
		for (List<Scene> day : p.days()) {
			day.forEach(x -> b.append(x.getNumber()).append(' '));
			b.append("| ");
		}
		p.unscheduled().forEach(x -> b.append(x.getNumber()).append(' '));
		return b.toString();
	}

	@Test
	void moveAStripToAnotherDayAndUndo() throws Exception {
		ProductionDocument doc = openSample();
		StripboardView view = (StripboardView) page().showView(ShotsUi.STRIPBOARD_VIEW);
		drain();
		Production p = doc.production();
		Schedule board = Boards.active(p);
		assertNotNull(board, "the sample has a board");
		Plan before = Boards.read(board);
		assertTrue(before.dayCount() >= 3, "the sample board has days");
		Scene scene = before.days().get(0).get(0);
		assertTrue(view.move(List.of(scene), 3));
		drain();
		Plan after = Boards.read(board);
		assertEquals(2, after.dayOf(scene));
		assertEquals("Move scene " + scene.getNumber() + " to day 3", doc.domain().getCommandStack().getUndoCommand().getLabel());
		assertNotNull(Boards.days(board).get(2).getDate(), "the board is re-dated");
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(text(before), text(Boards.read(board)));
	}

	@Test
	void breaksPinsAndUnscheduling() throws Exception {
		ProductionDocument doc = openSample();
		StripboardView view = (StripboardView) page().showView(ShotsUi.STRIPBOARD_VIEW);
		drain();
		Schedule board = Boards.active(doc.production());
		Plan before = Boards.read(board);
		List<Scene> first = before.days().get(0);
		if (first.size() > 1) {
			assertTrue(view.commands().insertBreak(first.get(0)));
			assertEquals(before.dayCount() + 1, Boards.read(board).dayCount());
			doc.domain().getCommandStack().undo();
		}
		Scene scene = first.get(0);
		boolean pinned = Boards.strip(board, scene).isPinned();
		view.commands().togglePinned(List.of(scene));
		assertEquals(!pinned, Boards.strip(board, scene).isPinned());
		assertEquals((pinned ? "Unpin scene " : "Pin scene ") + scene.getNumber(), doc.domain().getCommandStack().getUndoCommand().getLabel());
		doc.domain().getCommandStack().undo();
		assertEquals(pinned, Boards.strip(board, scene).isPinned());
		assertTrue(view.commands().unschedule(List.of(scene)));
		assertEquals(-1, Boards.read(board).dayOf(scene));
		doc.domain().getCommandStack().undo();
		assertEquals(text(before), text(Boards.read(board)));
	}

	@Test
	void theSelectedStripIsPublished() throws Exception {
		ProductionDocument doc = openSample();
		StripboardView view = (StripboardView) page().showView(ShotsUi.STRIPBOARD_VIEW);
		drain();
		Scene scene = Boards.read(Boards.active(doc.production())).days().get(1).get(0);
		view.selectScenes(List.of(scene));
		drain();
		IStructuredSelection s = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
		assertEquals(scene, s.getFirstElement());
		assertEquals(1, view.selectedDay());
	}

	@Test
	void aSelectedDayBannerShowsInTheProperties() throws Exception {
		ProductionDocument doc = openSample();
		StripboardView view = (StripboardView) page().showView(ShotsUi.STRIPBOARD_VIEW);
		PropertySheet sheet = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
		page().activate(view);
		drain();
		int banner = Boards.read(Boards.active(doc.production())).days().get(0).size(); // the first day's break follows its strips
		view.canvas().click(banner, false, false);
		drain();
		IStructuredSelection s = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
		ShootDay day = assertInstanceOf(ShootDay.class, s.getFirstElement());
		assertEquals(1, day.getDayNumber());
		assertInstanceOf(TabbedPropertySheetPage.class, sheet.getCurrentPage(), "weather, notes and calls are edited in the Properties view");
	}
}
