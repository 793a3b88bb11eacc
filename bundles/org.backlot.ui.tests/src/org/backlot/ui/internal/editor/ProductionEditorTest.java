// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.studio.api.Samples;
import org.backlot.ui.api.BacklotUi;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.internal.OpenProductionHandler;
import org.backlot.ui.internal.explorer.ProductionExplorer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, browsing, editing with undo, and saving a production in the running suite. */
class ProductionEditorTest {
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
	void opensTheSampleAndShowsItInTheExplorer() throws Exception {
		ProductionEditor editor = OpenProductionHandler.open(page(), Samples.ensure(dir));
		assertNotNull(editor.model(), () -> String.valueOf(editor.loadError()));
		assertEquals("The Last Pot of Tea", editor.getPartName());
		assertNotNull(editor.getAdapter(ProductionDocument.class), "views find the production through the editor");
		ProductionExplorer explorer = (ProductionExplorer) page().showView(BacklotUi.EXPLORER_VIEW);
		page().activate(editor);
		drain();
		TreeItem[] roots = explorer.viewer().getTree().getItems();
		assertEquals(2, roots.length, "the production file and its studio");
		assertEquals(Samples.PRODUCTION_FILE, roots[0].getText());
		assertEquals(Samples.STUDIO_FILE, roots[1].getText());
		assertEquals("Production The Last Pot of Tea", roots[0].getItem(0).getText());
		assertEquals("Studio Yongchuan Film and TV Base", roots[1].getItem(0).getText());
		explorer.viewer().expandToLevel(3);
		TreeItem production = roots[0].getItem(0);
		assertTrue(production.getItem(0).getText().startsWith("Script "), "the script comes first: " + production.getItem(0).getText());
		assertTrue(production.getItem(production.getItemCount() - 1).getText().startsWith("Person "), "people come last");
	}

	@Test
	void anEditIsACommandThatUndoesRedoesAndSaves() throws Exception {
		Path file = Samples.ensure(dir);
		ProductionEditor editor = OpenProductionHandler.open(page(), file);
		OverviewPageAccess overview = new OverviewPageAccess(editor);
		Text title = overview.text("title");
		title.setText("茶馆之夜");
		title.notifyListeners(SWT.DefaultSelection, new Event());
		drain();
		assertEquals("茶馆之夜", editor.model().production().getTitle());
		assertTrue(editor.isDirty());
		assertEquals("茶馆之夜", editor.getPartName(), "the tab follows the title");
		assertTrue(editor.stackActions().undo().isEnabled());
		assertEquals("Undo Set Title", editor.stackActions().undo().getText(), "Undo says what it undoes");

		editor.stackActions().undo().run();
		drain();
		assertEquals("The Last Pot of Tea", editor.model().production().getTitle());
		assertFalse(editor.isDirty(), "undoing every change leaves nothing to save");
		assertEquals("The Last Pot of Tea", title.getText());
		editor.stackActions().redo().run();
		drain();
		assertEquals("茶馆之夜", editor.model().production().getTitle());

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(file).contains("title=\"茶馆之夜\""));
		assertTrue(Files.exists(file.resolveSibling(file.getFileName() + ".bak")));
	}

	@Test
	void aBrokenFileShowsWhyAndIsLeftAlone() throws Exception {
		Path file = dir.resolve("broken.backlot");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<production:Production xmlns:production=\"http://backlot.org/model/production/1.0\" title=\"x\">\n  <script");
		byte[] before = Files.readAllBytes(file);
		ProductionEditor editor = OpenProductionHandler.open(page(), file);
		assertNull(editor.model());
		assertNotNull(editor.loadError());
		assertTrue(editor.loadError().getMessage().contains("line 3"), editor.loadError().getMessage());
		assertFalse(editor.isDirty());
		assertFalse(editor.isSaveAsAllowed());
		page().closeEditor(editor, true);
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void unsavedChangesSurviveACrash() throws Exception {
		Path file = Samples.ensure(dir);
		ProductionEditor editor = OpenProductionHandler.open(page(), file);
		Text title = new OverviewPageAccess(editor).text("title");
		title.setText("改过的片名");
		title.notifyListeners(SWT.DefaultSelection, new Event());
		editor.autosaveNow();
		Path recoveryFile = org.backlot.core.api.Recovery.forUser().fileFor(file);
		assertTrue(Files.exists(recoveryFile));
		Path kept = dir.resolve("kept.backlot");
		Files.copy(recoveryFile, kept);
		page().closeEditor(editor, false);
		assertFalse(Files.exists(recoveryFile), "closing without saving discards the changes");

		// as after a crash: the recovery file is still there, newer than the production
		Files.copy(kept, recoveryFile);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(120)));
		var ask = ProductionEditor.askRecover;
		try {
			ProductionEditor.askRecover = question -> {
				assertTrue(question.contains(file.getFileName().toString()), question);
				return true;
			};
			ProductionEditor recovered = OpenProductionHandler.open(page(), file);
			assertEquals("改过的片名", recovered.model().production().getTitle());
			assertTrue(recovered.isDirty(), "recovered changes still need saving");
			assertFalse(Files.readString(file).contains("改过的片名"), "nothing was written to the production's file yet");
			recovered.doSave(null);
			assertTrue(Files.readString(file).contains("改过的片名"));
			assertFalse(Files.exists(recoveryFile));
		} finally {
			ProductionEditor.askRecover = ask;
		}
	}

	/** Reaches the overview page's fields. */
	private static final class OverviewPageAccess {
		private final ProductionEditor editor;

		OverviewPageAccess(ProductionEditor editor) {
			this.editor = editor;
		}

		Text text(String attribute) throws ReflectiveOperationException {
			var field = ProductionEditor.class.getDeclaredField("overview");
			field.setAccessible(true);
			return ((OverviewPage) field.get(editor)).text(attribute);
		}
	}
}
