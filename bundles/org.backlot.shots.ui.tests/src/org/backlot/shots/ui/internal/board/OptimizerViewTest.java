// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.backlot.ui.testing.WorkbenchTests.waitForJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.backlot.shots.ui.internal.SampleTestCase;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.OptimizerResult;
import org.backlot.schedule.api.Plan;
import org.backlot.shots.ui.internal.ShotsUi;
import org.backlot.model.script.Scene;
import org.backlot.ui.api.ModelEdits;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

/** The optimiser view on the sample production: a short run, its report, Apply as one command and its undo. */
class OptimizerViewTest extends SampleTestCase {
	@Test
	void optimiseApplyAndUndo() throws Exception {
		ProductionDocument doc = openSample();
		OptimizerView view = (OptimizerView) page().showView(ShotsUi.OPTIMIZER_VIEW);
		drain();
		assertNotNull(view.currentCost(), "the idle view reports on the board");
		assertFalse(view.shownConstraints().isEmpty(), "and on its constraints");
		Schedule board = Boards.active(doc.production());
		Plan before = Boards.read(board);
		Job job = view.optimise(1, true, 7);
		assertNotNull(job);
		waitForJobs(60);
		OptimizerResult proposal = view.proposal();
		assertNotNull(proposal, "a run leaves a proposal");
		assertFalse(view.shownConstraints().isEmpty(), "the proposal's constraints are shown");
		assertTrue(view.apply());
		assertNull(view.proposal());
		assertEquals("Apply optimised schedule", doc.domain().getCommandStack().getUndoCommand().getLabel());
		assertEquals(proposal.plan().scheduled(), Boards.read(board).scheduled());
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(before.scheduled(), Boards.read(board).scheduled());
		assertEquals(before.dayCount(), Boards.read(board).dayCount());
	}

	@Test
	void discardLeavesTheBoardAlone() throws Exception {
		ProductionDocument doc = openSample();
		OptimizerView view = (OptimizerView) page().showView(ShotsUi.OPTIMIZER_VIEW);
		drain();
		Schedule board = Boards.active(doc.production());
		Plan before = Boards.read(board);
		assertNotNull(view.optimise(1, false, 3));
		waitForJobs(60);
		assertNotNull(view.proposal());
		view.discard();
		assertNull(view.proposal());
		assertEquals(before.scheduled(), Boards.read(board).scheduled());
	}

	@Test
	void aProposalForABoardEditedMeanwhileIsNotApplied() throws Exception {
		ProductionDocument doc = openSample();
		OptimizerView view = (OptimizerView) page().showView(ShotsUi.OPTIMIZER_VIEW);
		drain();
		Schedule board = Boards.active(doc.production());
		assertNotNull(view.optimise(1, true, 5));
		waitForJobs(60);
		assertNotNull(view.proposal());
		Plan edited = Boards.read(board);
		List<List<Scene>> days = new ArrayList<>(edited.days());
		days.add(0, List.of());
		ModelEdits.run(doc, "Insert day", () -> Boards.apply(doc.production(), board, new Plan(days, edited.unscheduled())));
		Plan now = Boards.read(board);
		assertFalse(view.apply(), "the proposal would undo the edit");
		assertEquals(now.days(), Boards.read(board).days());
		assertEquals("Insert day", doc.domain().getCommandStack().getUndoCommand().getLabel());
	}
}
