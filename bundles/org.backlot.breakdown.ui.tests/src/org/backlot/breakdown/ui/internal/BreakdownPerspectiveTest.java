// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.backlot.ui.testing.WorkbenchTests.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.breakdown.api.ScriptImport;
import org.backlot.breakdown.api.Taggers;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.script.api.ScriptImporters;
import org.backlot.ui.api.ModelEdits;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.internal.OpenProductionHandler;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Script Breakdown perspective on an imported script: navigation, tagging by key, undo. */
class BreakdownPerspectiveTest {
	private static final String SCRIPT = """
			Title: Tea

			EXT. OLD STREET - DAY

			A crowd of 20 villagers hurries past. LIN XIAO (30s) carries a suitcase.

			LIN XIAO
			Still here.

			INT. TEA HOUSE - NIGHT

			CHEN MO polishes an old pocket watch. Smoke curls from the kettle.

			CHEN MO
			(quietly)
			We're closed.
			""";

	@TempDir
	Path dir;

	@BeforeEach
	void quiet() {
		settle();
	}

	@AfterEach
	void close() {
		page().closeAllEditors(false);
	}

	private ProductionEditor openImported() throws Exception {
		Path file = dir.resolve("tea.backlot");
		Path script = dir.resolve("tea.fountain");
		Files.writeString(script, SCRIPT);
		Production p = NewProduction.create("Tea", null);
		ScriptImport.apply(p, ScriptImporters.read(script, null).script(), script.toString(), new Taggers());
		Resource r = ModelFiles.store().createResourceSet().createResource(URI.createFileURI(file.toString()));
		r.getContents().add(p);
		ModelFiles.store().save(r);
		ProductionEditor editor = OpenProductionHandler.open(page(), file);
		assertNotNull(editor.model());
		PlatformUI.getWorkbench().showPerspective(BreakdownUi.PERSPECTIVE, page().getWorkbenchWindow());
		page().activate(editor);
		drain();
		return editor;
	}

	@Test
	void viewsShowTheScriptAndFollowTheSelectedScene() throws Exception {
		ProductionEditor editor = openImported();
		ScenesView scenes = (ScenesView) page().showView(BreakdownUi.SCENES_VIEW);
		ScriptView script = (ScriptView) page().showView(BreakdownUi.SCRIPT_VIEW);
		SheetView sheet = (SheetView) page().showView(BreakdownUi.SHEET_VIEW);
		ElementsView elements = (ElementsView) page().showView(BreakdownUi.ELEMENTS_VIEW);
		drain();
		assertEquals(editor.model(), scenes.document());
		assertTrue(script.widget().getText().startsWith("EXT. OLD STREET - DAY"), script.widget().getText());
		Scene second = editor.model().production().getScript().getScenes().get(1);
		page().activate(scenes);
		scenesSelect(scenes, second);
		drain();
		assertEquals(second, script.sceneAtCaret(), "the script scrolls to the selected scene");
		assertEquals(script.widget().getCaretOffset(), script.widget().getText().indexOf("INT. TEA HOUSE - NIGHT"));
		assertNotNull(sheet.document());
		assertNotNull(elements.document());
	}

	@Test
	void aNumberKeyTagsTheSelectedWordsAndUndoRemovesTheTag() throws Exception {
		ProductionEditor editor = openImported();
		ScriptView script = (ScriptView) page().showView(BreakdownUi.SCRIPT_VIEW);
		drain();
		StyledText text = script.widget();
		assertEquals(editor.model(), script.document(), "the script view shows the open production");
		assertNotNull(script.page(), text.getText());
		int at = text.getText().indexOf("suitcase");
		assertTrue(at > 0, text.getText());
		text.setSelection(at, at + "suitcase".length());
		Event key = new Event();
		key.character = '6';
		text.notifyListeners(SWT.KeyDown, key);
		drain();
		ProductionDocument doc = editor.model();
		Element suitcase = find(doc.production(), "Suitcase");
		assertNotNull(suitcase, "tagged as a prop");
		assertEquals("props", suitcase.getCategory().getKey());
		assertTrue(suitcase.getOccurrences().get(0).isConfirmed());
		CommandStack stack = doc.domain().getCommandStack();
		assertEquals("Tag 'Suitcase' as Props", stack.getUndoCommand().getLabel());
		assertTrue(editor.isDirty());
		stack.undo();
		drain();
		assertFalse(confirmed(doc.production(), "Suitcase"), "undo takes the tag back (the tagger's suggestion returns)");
		stack.redo();
		drain();
		assertTrue(confirmed(doc.production(), "Suitcase"));

		text.setCaretOffset(at + 2);
		ElementOccurrence atCaret = script.tagAtCaret();
		assertNotNull(atCaret, "the tag under the caret");
		assertTrue(atCaret.isConfirmed());
		Event del = new Event();
		del.keyCode = SWT.DEL;
		del.character = SWT.DEL;
		text.notifyListeners(SWT.KeyDown, del);
		drain();
		assertEquals(null, find(doc.production(), "Suitcase"), "Delete rejects the tag at the caret");
		assertEquals("Reject 'Suitcase'", stack.getUndoCommand().getLabel());
	}

	@Test
	void anEditThroughModelEditsIsOneUndoableCommand() throws Exception {
		ProductionEditor editor = openImported();
		ProductionDocument doc = editor.model();
		Scene first = doc.production().getScript().getScenes().get(0);
		ModelEdits.run(doc, "Edit Synopsis", () -> first.setSynopsis("A new start"));
		assertEquals("A new start", first.getSynopsis());
		doc.domain().getCommandStack().undo();
		assertFalse("A new start".equals(first.getSynopsis()));
	}

	private static void scenesSelect(ScenesView view, Scene scene) {
		view.getSite().getSelectionProvider().setSelection(new StructuredSelection(scene));
	}

	private static boolean confirmed(Production p, String name) {
		Element e = find(p, name);
		return e != null && e.getOccurrences().stream().anyMatch(o -> o.isConfirmed());
	}

	private static Element find(Production p, String name) {
		return p.getBreakdown().getElements().stream().filter(e -> e.getName().equals(name)).findFirst().orElse(null);
	}
}
