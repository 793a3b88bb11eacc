// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.backlot.ui.testing.WorkbenchTests.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.breakdown.api.ScriptImport;
import org.backlot.breakdown.api.Taggers;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.NewProduction;
import org.backlot.model.production.Production;
import org.backlot.script.api.ScriptImporters;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.internal.OpenProductionHandler;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing into an open production is one undoable command, and its summary says what was found. */
class ImportScriptTest {
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

	@Test
	void importIsOneCommandWithASummary() throws Exception {
		Path file = dir.resolve("empty.backlot");
		Production p = NewProduction.create("Empty", null);
		Resource r = ModelFiles.store().createResourceSet().createResource(URI.createFileURI(file.toString()));
		r.getContents().add(p);
		ModelFiles.store().save(r);
		ProductionEditor editor = OpenProductionHandler.open(page(), file);
		ProductionDocument doc = editor.model();
		Path script = dir.resolve("draft.fountain");
		Files.writeString(script, "INT. KITCHEN - NIGHT\n\nMARY lights a candle.\n\nMARY\nAnyone home?\n");
		ScriptImporters.Imported imported = ScriptImporters.read(script, null);
		ScriptImport.Report report = ImportScriptJob.apply(doc, script, imported, new Taggers());
		assertEquals(1, doc.production().getScript().getScenes().size());
		assertEquals("Import Script draft.fountain", doc.domain().getCommandStack().getUndoCommand().getLabel());
		String summary = ImportSummary.text(script, imported, report);
		assertTrue(summary.startsWith("draft.fountain was read as Fountain: 1 scenes, 1 speaking characters"), summary);
		doc.domain().getCommandStack().undo();
		assertTrue(doc.production().getScript().getScenes().isEmpty(), "undo takes the whole import back");
		assertTrue(doc.production().getBreakdown().getElements().isEmpty());
	}
}
