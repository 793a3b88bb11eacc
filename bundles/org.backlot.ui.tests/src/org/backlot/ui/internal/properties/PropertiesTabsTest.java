// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.backlot.model.script.Scene;
import org.backlot.studio.api.Samples;
import org.backlot.ui.api.BacklotUi;
import org.backlot.ui.internal.OpenProductionHandler;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.backlot.ui.internal.explorer.ProductionExplorer;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.ui.provider.PropertyDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Properties view has tabs: a scene's values, its links (stage, location) and its read-only identity. */
class PropertiesTabsTest {
	@TempDir
	Path dir;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void close() {
		page().closeAllEditors(false);
	}

	private static List<String> names(IPropertyDescriptor[] descriptors) {
		return Arrays.stream(descriptors).map(IPropertyDescriptor::getDisplayName).toList();
	}

	@Test
	void theTabsSplitAScenesFeatures() throws Exception {
		ProductionEditor editor = OpenProductionHandler.open(page(), Samples.ensure(dir));
		Scene scene = editor.model().production().getScript().getScenes().get(2);
		IItemPropertySource source = (IItemPropertySource) editor.model().adapters().adapt(scene, IItemPropertySource.class);

		List<String> values = names(new FilteredPropertySource(scene, source, new FeatureSection.Values().features(), false).getPropertyDescriptors());
		assertTrue(values.contains("Number") && values.contains("Heading") && values.contains("Eighths"), values.toString());
		assertTrue(!values.contains("Id") && !values.contains("Stage"), values.toString());
		List<String> links = names(new FilteredPropertySource(scene, source, new FeatureSection.Links().features(), false).getPropertyDescriptors());
		assertTrue(links.contains("Stage") && links.contains("Location"), links.toString());
		IPropertyDescriptor[] identity = new FilteredPropertySource(scene, source, new FeatureSection.Identity().features(), true).getPropertyDescriptors();
		assertEquals(List.of("Id"), names(identity));
		Shell shell = new Shell();
		try {
			assertNull(((PropertyDescriptor) identity[0]).createPropertyEditor(shell), "ids cannot be edited");
		} finally {
			shell.dispose();
		}
	}

	@Test
	void thePropertiesViewShowsTheTabbedPageForTheExplorer() throws Exception {
		ProductionEditor editor = OpenProductionHandler.open(page(), Samples.ensure(dir));
		ProductionExplorer explorer = (ProductionExplorer) page().showView(BacklotUi.EXPLORER_VIEW);
		page().activate(editor);
		PropertySheet sheet = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
		page().activate(explorer);
		explorer.viewer().setSelection(new StructuredSelection(editor.model().production().getScript().getScenes().get(0)), true);
		while (Display.getCurrent().readAndDispatch()) {
			// let the Properties view follow
		}
		assertInstanceOf(TabbedPropertySheetPage.class, sheet.getCurrentPage());
	}
}
