// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.backlot.model.breakdown.CastMember;
import org.backlot.studio.api.Samples;
import org.backlot.ui.api.BacklotUi;
import org.backlot.ui.internal.OpenProductionHandler;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's New menu adds any child an object can hold as one undoable command. */
class ExplorerMenuTest {
	@TempDir
	Path dir;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void drain() {
		while (Display.getCurrent().readAndDispatch()) {
			// let async updates run
		}
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void newUnavailableDatesForAnActor() throws Exception {
		ProductionEditor editor = OpenProductionHandler.open(page(), Samples.ensure(dir));
		ProductionExplorer explorer = (ProductionExplorer) page().showView(BacklotUi.EXPLORER_VIEW);
		page().activate(editor);
		drain();
		CastMember lin = (CastMember) editor.model().production().getBreakdown().getElements().stream()
				.filter(e -> e instanceof CastMember c && c.getCastNumber() == 2).findFirst().orElseThrow();
		int before = lin.getUnavailable().size();
		MenuManager menu = new MenuManager();
		ExplorerMenu.fill(menu, explorer.viewer(), new StructuredSelection(lin), editor.model().domain(), editor.stackActions().undo(), editor.stackActions().undo(),
				editor.stackActions().redo());
		MenuManager create = (MenuManager) menu.getItems()[0];
		IAction dates = null;
		java.util.List<String> offered = new java.util.ArrayList<>();
		for (IContributionItem item : create.getItems()) {
			if (item instanceof ActionContributionItem a) {
				offered.add(a.getAction().getText());
			}
			if (item instanceof ActionContributionItem a && a.getAction().getText().contains("Date Range")) {
				dates = a.getAction();
			}
		}
		assertNotNull(dates, "New > Date Range is offered for an actor: " + offered);
		dates.run();
		drain();
		assertEquals(before + 1, lin.getUnavailable().size());
		editor.model().domain().getCommandStack().undo();
		assertEquals(before, lin.getUnavailable().size());
	}
}
