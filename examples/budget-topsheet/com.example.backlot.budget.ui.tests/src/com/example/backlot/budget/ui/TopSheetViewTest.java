// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.backlot.model.breakdown.CastMember;
import org.backlot.ui.api.BacklotUi;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.example.backlot.budget.Account;
import com.example.backlot.budget.Line;
import com.example.backlot.budget.Rate;
import com.example.backlot.budget.RateCard;
import com.example.backlot.budget.TopSheets;

/**
 * The Budget perspective in Backlot's workbench, on the sample production the
 * suite opens on its first start: the top-sheet follows the production, an
 * actor's rate is one undoable command, the rate card reprices, and with no
 * production the view says what to do.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopSheetViewTest {
	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs UI events until the condition holds or the seconds are up; returns whether it holds. */
	private static boolean waitUntil(BooleanSupplier condition, int seconds) {
		long until = System.currentTimeMillis() + seconds * 1000L;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wake the loop
				});
				display.sleep();
			}
		}
		while (display.readAndDispatch()) {
			// run what is queued
		}
		return condition.getAsBoolean();
	}

	private static TopSheetView openView() throws Exception {
		assertTrue(waitUntil(() -> Job.getJobManager().isIdle() && page().getActiveEditor() != null, 60), "the suite opens its sample on the first start");
		PlatformUI.getWorkbench().showPerspective(BudgetUi.PERSPECTIVE, page().getWorkbenchWindow());
		TopSheetView view = (TopSheetView) page().showView(BudgetUi.TOP_SHEET_VIEW);
		page().activate(page().getActiveEditor());
		assertTrue(waitUntil(() -> view.sheet() != null, 10), "the view prices the open production");
		return view;
	}

	@Test
	@Order(1)
	void thePerspectiveShowsTheTopSheetBesideTheExplorer() throws Exception {
		TopSheetView view = openView();
		assertEquals(BudgetUi.PERSPECTIVE, page().getPerspective().getId());
		assertNotNull(page().findView(BacklotUi.EXPLORER_VIEW), "the Production Explorer is part of the perspective");
		assertFalse(view.showsEmptyState());
		assertEquals(TopSheets.compute(view.production(), RateCard.current()).total(), view.sheet().total(), 1e-6);
		assertTrue(view.sheet().total() > 0);
		assertEquals(11 + 3, view.viewer().getTree().getItemCount(), "the accounts, then subtotal, contingency and total");
	}

	@Test
	@Order(2)
	void anActorsDailyRateIsOneUndoableCommand() throws Exception {
		TopSheetView view = openView();
		Line line = view.sheet().account(Account.CAST).lines().get(0);
		CastMember actor = (CastMember) line.source();
		double before = view.sheet().total();
		double rate = actor.getDailyRate();
		CommandStack stack = view.document().domain().getCommandStack();
		assertFalse(view.setDailyRate(actor, "a lot"), "not an amount: nothing changes"); //$NON-NLS-1$
		assertEquals(rate, actor.getDailyRate());
		assertTrue(view.setDailyRate(actor, "\u00a5" + (long) (line.rate() + 1000))); //$NON-NLS-1$
		assertEquals(line.rate() + 1000, actor.getDailyRate(), 1e-6);
		assertTrue(waitUntil(() -> view.sheet().total() != before, 10), "the sheet reprices on the model change");
		assertEquals(line.quantity() * 1000 * 1.10, view.sheet().total() - before, 1e-6);
		stack.undo();
		assertEquals(rate, actor.getDailyRate(), 1e-6);
		assertTrue(waitUntil(() -> view.sheet().total() == before, 10), "undo reprices too");
	}

	@Test
	@Order(3)
	void theRateCardPreferencesReprice() throws Exception {
		TopSheetView view = openView();
		double crew = view.sheet().account(Account.CREW).amount();
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(RateCard.PLUGIN_ID);
		try {
			node.put(Rate.CREW_DAY.key(), "0"); //$NON-NLS-1$
			assertTrue(crew > 0);
			assertTrue(waitUntil(() -> view.sheet().account(Account.CREW).amount() == 0, 10), "a preference change reprices the sheet");
		} finally {
			node.remove(Rate.CREW_DAY.key());
		}
		assertTrue(waitUntil(() -> view.sheet().account(Account.CREW).amount() == crew, 10));
	}

	@Test
	@Order(4)
	void withoutAProductionTheViewSaysWhatToDo() throws Exception {
		TopSheetView view = openView();
		page().closeAllEditors(false);
		assertTrue(waitUntil(view::showsEmptyState, 10), "no production open: the empty state");
	}
}
