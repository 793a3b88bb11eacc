// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptPackage;
import org.backlot.studio.api.Samples;
import org.backlot.ui.api.BacklotUi;
import org.backlot.ui.internal.OpenProductionHandler;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Problems view checks the production after each change and lists what is wrong. */
class ProblemsViewTest {
	@TempDir
	Path dir;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void settle(ProblemsView view) throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			Thread.sleep(350);
			view.join();
			while (Display.getCurrent().readAndDispatch()) {
				// let the results arrive
			}
		}
	}

	@AfterEach
	void close() {
		page().closeAllEditors(false);
	}

	@Test
	void aDuplicateSceneNumberAppearsAndGoesAwayWithUndo() throws Exception {
		ProductionEditor editor = OpenProductionHandler.open(page(), Samples.ensure(dir));
		ProblemsView view = (ProblemsView) page().showView(BacklotUi.PROBLEMS_VIEW);
		page().activate(editor);
		settle(view);
		assertTrue(view.rows().stream().noneMatch(r -> r.severity() == Diagnostic.ERROR), view.rows().toString());

		Scene two = editor.model().production().getScript().getScenes().get(1);
		editor.model().domain().getCommandStack().execute(SetCommand.create(editor.model().domain(), two, ScriptPackage.Literals.SCENE__NUMBER, "1"));
		settle(view);
		assertEquals(1, view.rows().stream().filter(r -> r.severity() == Diagnostic.ERROR).count(), view.rows().toString());
		assertTrue(view.rows().get(0).message().startsWith("Scene number 1 is used twice"), view.rows().get(0).message());
		assertEquals(two, view.rows().get(0).subject());

		editor.stackActions().undo().run();
		settle(view);
		assertTrue(view.rows().stream().noneMatch(r -> r.severity() == Diagnostic.ERROR), view.rows().toString());
	}
}
