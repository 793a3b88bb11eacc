// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.shots.ui.internal.SampleTestCase;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.Shot;
import org.backlot.shots.api.Shots;
import org.backlot.shots.ui.internal.ShotsUi;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** The shot list and the storyboard on the sample production: scene 3's shots, adding and deleting as undoable commands. */
class ShotListViewTest extends SampleTestCase {
	private static Scene scene(ProductionDocument doc, String number) {
		return doc.production().getScript().getScenes().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	@Test
	void addShotIsOneUndoableCommand() throws Exception {
		ProductionDocument doc = openSample();
		ShotListView view = (ShotListView) page().showView(ShotsUi.SHOTLIST_VIEW);
		Scene three = scene(doc, "3");
		view.showScene(three);
		drain();
		assertEquals(4, view.viewer().getTable().getItemCount(), "3A-3D");
		view.actions().addAction().run();
		drain();
		List<Shot> shots = Shots.of(doc.production(), three);
		assertEquals(5, shots.size());
		assertEquals("3E", shots.get(4).getNumber());
		assertEquals(5, view.viewer().getTable().getItemCount());
		assertEquals("Add shot 3E", doc.domain().getCommandStack().getUndoCommand().getLabel());
		Object selected = ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement();
		assertSame(shots.get(4), selected, "the new shot is the view's selection");
		assertTrue(doc.domain().getCommandStack().canUndo());
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(4, Shots.of(doc.production(), three).size());
		assertEquals(4, view.viewer().getTable().getItemCount(), "the list follows the undo");
	}

	@Test
	void deleteKeyRemovesTheSelectedShot() throws Exception {
		ProductionDocument doc = openSample();
		ShotListView view = (ShotListView) page().showView(ShotsUi.SHOTLIST_VIEW);
		Scene three = scene(doc, "3");
		view.showScene(three);
		drain();
		view.viewer().getTable().select(1);
		view.viewer().getTable().notifyListeners(SWT.Selection, new Event());
		Event del = new Event();
		del.keyCode = SWT.DEL;
		view.viewer().getTable().notifyListeners(SWT.KeyDown, del);
		drain();
		assertEquals(List.of("3A", "3C", "3D"), Shots.of(doc.production(), three).stream().map(Shot::getNumber).toList());
		assertEquals("Delete 3B", doc.domain().getCommandStack().getUndoCommand().getLabel());
		doc.domain().getCommandStack().undo();
		assertEquals(4, Shots.of(doc.production(), three).size());
	}

	@Test
	void storyboardShowsATileForEachShot() throws Exception {
		ProductionDocument doc = openSample();
		StoryboardView board = (StoryboardView) page().showView(ShotsUi.STORYBOARD_VIEW);
		assertNotNull(board);
		board.showScene(scene(doc, "3"));
		drain();
		assertEquals(4, board.tileCount(), "one empty frame per shot without frames");
	}
}
