// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.Samples;
import org.backlot.ui.internal.OpenProductionHandler;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File &gt; Export &gt; Backlot: the page offers the registry's formats for the chosen file, and finishing writes it in a job. */
class ExportWizardTest {
	@TempDir
	Path dir;

	private final List<String> errors = new ArrayList<>();
	private Consumer<String> shownBefore;
	private WizardDialog dialog;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@BeforeEach
	void catchErrors() {
		shownBefore = ExportJob.showError;
		ExportJob.showError = errors::add;
	}

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
		ExportJob.showError = shownBefore;
		page().closeAllEditors(false);
	}

	private ExportPage open(IStructuredSelection selection) {
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), selection);
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return (ExportPage) wizard.getPages()[0];
	}

	private static void finish(ExportPage page) throws Exception {
		assertTrue(page.getWizard().canFinish(), page.getErrorMessage());
		assertTrue(page.getWizard().performFinish());
		Job.getJobManager().join(ExportJob.FAMILY, null);
	}

	@Test
	void exportsTheOpenProductionAsJson() throws Exception {
		Path file = Samples.ensure(dir);
		OpenProductionHandler.open(page(), file);
		ExportPage page = open(StructuredSelection.EMPTY);
		assertInstanceOf(Production.class, page.root());
		assertEquals(List.of("json", "summary"), page.formatIds(), "the registry's formats for a production");
		assertEquals(dir.resolve("last-pot-of-tea.json").toString(), page.targetText(), "beside the file, with the format's extension");
		Path out = dir.resolve("exports/tea.json");
		page.choose("json", out.toString());
		finish(page);
		assertEquals(List.of(), errors);
		String json = Files.readString(out);
		assertTrue(json.startsWith("{") && json.strip().endsWith("}"), json.substring(0, Math.min(200, json.length())));
		assertTrue(json.contains("\"title\": \"The Last Pot of Tea\""));
		assertTrue(json.contains("\"yongchuan.backlot-studio#"), "references into the studio name its file");
	}

	@Test
	void theStudioSelectedInTheExplorerIsExportedWithItsOwnFormats() throws Exception {
		ProductionEditor editor = OpenProductionHandler.open(page(), Samples.ensure(dir));
		Studio studio = editor.model().production().getStudio();
		ExportPage page = open(new StructuredSelection(studio.eResource()));
		assertEquals(studio, page.root(), "the selected file comes first");
		assertEquals(List.of("json", "summary", "test-failing"), page.formatIds(), "formats that export studios");
		page.choose("summary", null);
		assertEquals(dir.resolve("yongchuan.json").toString(), page.targetText(), "the default follows the format");
		Path out = dir.resolve("base.json");
		page.choose("summary", out.toString());
		finish(page);
		assertEquals(List.of(), errors);
		assertTrue(Files.readString(out).contains("\"type\": \"studio\""));
	}

	@Test
	void aFailingFormatIsShownNamingItsPluginAndWritesNothing() throws Exception {
		ProductionEditor editor = OpenProductionHandler.open(page(), Samples.ensure(dir));
		ExportPage page = open(new StructuredSelection(editor.model().production().getStudio()));
		Path out = dir.resolve("base.txt");
		page.choose("test-failing", out.toString());
		finish(page);
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).startsWith(out + " was not written."), errors.get(0));
		assertTrue(errors.get(0).contains("'Failing test format' (plugin 'org.backlot.ui"), errors.get(0));
		assertFalse(Files.exists(out));
	}

	@Test
	void withNothingOpenThePageSaysWhatToDo() {
		page().closeAllEditors(false);
		ExportPage page = open(StructuredSelection.EMPTY);
		assertTrue(page.getErrorMessage().startsWith("Nothing to export"), page.getErrorMessage());
		assertFalse(page.isPageComplete());
	}
}
