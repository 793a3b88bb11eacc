// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.backlot.ui.testing.WorkbenchTests.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.breakdown.api.InventoryMatcher;
import org.backlot.breakdown.api.ScriptImport;
import org.backlot.breakdown.api.Taggers;
import org.backlot.core.api.Ids;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Condition;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.script.api.ScriptImporters;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.internal.OpenProductionHandler;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The element list, the inventory matches and the breakdown sheet on a production with a studio. */
class BreakdownViewsTest {
	private static final String SCRIPT = """
			EXT. OLD STREET - DAY

			LIN XIAO (30s) carries a suitcase past a crowd of 20 villagers.

			LIN XIAO
			Still here.
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

	private ProductionDocument open() throws Exception {
		ResourceSet set = ModelFiles.store().createResourceSet();
		Studio studio = StudioFactory.eINSTANCE.createStudio();
		studio.setName("Base");
		InventoryItem bag = StudioFactory.eINSTANCE.createInventoryItem();
		bag.setCode("P-1");
		bag.setKind(ItemKind.PROP);
		bag.setNameZh("皮箱");
		bag.setNameEn("leather suitcase");
		bag.setCondition(Condition.GOOD);
		bag.setQuantity(1);
		studio.getInventory().add(bag);
		Ids.assign(studio);
		Resource sr = set.createResource(URI.createFileURI(dir.resolve("base.backlot-studio").toString()));
		sr.getContents().add(studio);
		ModelFiles.store().save(sr);
		Path script = dir.resolve("street.fountain");
		Files.writeString(script, SCRIPT);
		Production p = NewProduction.create("Street", studio);
		ScriptImport.apply(p, ScriptImporters.read(script, null).script(), script.toString(), new Taggers());
		Resource pr = set.createResource(URI.createFileURI(dir.resolve("street.backlot").toString()));
		pr.getContents().add(p);
		ModelFiles.store().save(pr);
		ProductionEditor editor = OpenProductionHandler.open(page(), dir.resolve("street.backlot"));
		PlatformUI.getWorkbench().showPerspective(BreakdownUi.PERSPECTIVE, page().getWorkbenchWindow());
		page().activate(editor);
		drain();
		return editor.model();
	}

	@Test
	void elementsFilterDeleteAndUndo() throws Exception {
		ProductionDocument doc = open();
		ElementsView view = (ElementsView) page().showView(BreakdownUi.ELEMENTS_VIEW);
		drain();
		int all = view.viewer().getTable().getItemCount();
		assertTrue(all >= 3, "cast, extras and the suitcase at least");
		view.filter().setText("suit");
		drain();
		assertEquals(1, view.viewer().getTable().getItemCount());
		view.viewer().getTable().select(0);
		Event del = new Event();
		del.keyCode = SWT.DEL;
		view.viewer().getTable().notifyListeners(SWT.KeyDown, del);
		drain();
		assertNull(element(doc, "Suitcase"));
		assertEquals("Delete Suitcase", doc.domain().getCommandStack().getUndoCommand().getLabel());
		doc.domain().getCommandStack().undo();
		drain();
		assertNotNull(element(doc, "Suitcase"));
		assertEquals(1, view.viewer().getTable().getItemCount(), "the list follows the undo");
	}

	@Test
	void matchesOfTheSelectedElementAndUseThisItem() throws Exception {
		ProductionDocument doc = open();
		MatchesView matches = (MatchesView) page().showView(BreakdownUi.MATCHES_VIEW);
		ElementsView elements = (ElementsView) page().showView(BreakdownUi.ELEMENTS_VIEW);
		Element suitcase = element(doc, "Suitcase");
		drain();
		page().activate(elements);
		elements.viewer().setSelection(new StructuredSelection(elements.viewer().getElementAt(indexOf(elements, suitcase))), true);
		waitFor(() -> matches.viewer().getTable().getItemCount() > 0);
		InventoryMatcher.Candidate best = (InventoryMatcher.Candidate) matches.viewer().getElementAt(0);
		assertEquals("P-1", best.item().getCode());
		matches.viewer().getTable().select(0);
		matches.useSelection();
		assertEquals("P-1", suitcase.getStudioItem().getCode());
		assertEquals("Use P-1 for 'Suitcase'", doc.domain().getCommandStack().getUndoCommand().getLabel());
		doc.domain().getCommandStack().undo();
		assertNull(suitcase.getStudioItem());
	}

	@Test
	void theSheetListsTheSceneByCategory() throws Exception {
		ProductionDocument doc = open();
		SheetView sheet = (SheetView) page().showView(BreakdownUi.SHEET_VIEW);
		drain();
		Object[] categories = ((org.eclipse.jface.viewers.ITreeContentProvider) sheet.tree().getContentProvider())
				.getElements(doc.production().getBreakdown());
		assertTrue(categories.length >= 3);
		assertEquals("cast", ((Category) categories[0]).getKey(), "in the production's category order");
	}

	private static int indexOf(ElementsView view, Element e) {
		for (int i = 0; i < view.viewer().getTable().getItemCount(); i++) {
			if (((ElementsView.Row) view.viewer().getElementAt(i)).element() == e) {
				return i;
			}
		}
		throw new AssertionError("not listed: " + e.getName());
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) {
		long until = System.currentTimeMillis() + 5000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			if (!Display.getCurrent().readAndDispatch()) {
				Display.getCurrent().sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), "timed out");
	}

	private static Element element(ProductionDocument doc, String name) {
		return doc.production().getBreakdown().getElements().stream().filter(e -> name.equals(e.getName())).findFirst()
				.orElse(null);
	}
}
