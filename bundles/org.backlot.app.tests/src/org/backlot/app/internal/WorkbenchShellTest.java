// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The running suite: its window, menus, and every contributed perspective with its views. */
class WorkbenchShellTest {

	private static IWorkbenchWindow window() {
		IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(w, "the Backlot workbench window is open");
		return w;
	}

	private static void drain() {
		Display d = Display.getCurrent();
		while (d.readAndDispatch()) {
			// let the workbench finish pending work
		}
	}

	@Test
	void theProductIsBacklot() {
		assertEquals("org.backlot.app.product", Platform.getProduct().getId());
		assertEquals("Backlot", Platform.getProduct().getName());
		assertTrue(window().getShell().getText().contains("Backlot"), window().getShell().getText());
		assertTrue(window().getShell().getImages().length >= 4, "window icons in several sizes");
	}

	@Test
	void aboutTextGivesTheVersionOfTheRunningBuild() {
		String about = Platform.getProduct().getProperty("aboutText");
		String version = Platform.getBundle("org.backlot.app").getVersion().toString();
		String release = version.substring(0, version.lastIndexOf('.'));
		assertTrue(about.contains("Version: " + release), "about text names release " + release + ": " + about);
	}

	@Test
	void everyPerspectiveOpensWithItsViews() throws Exception {
		IWorkbenchWindow window = window();
		IPerspectiveDescriptor[] perspectives = window.getWorkbench().getPerspectiveRegistry().getPerspectives();
		assertTrue(Arrays.stream(perspectives).anyMatch(p -> p.getId().equals(BacklotUi.PRODUCTION_PERSPECTIVE)));
		for (IPerspectiveDescriptor p : perspectives) {
			IWorkbenchPage page = window.getWorkbench().showPerspective(p.getId(), window);
			drain();
			assertEquals(p.getId(), page.getPerspective().getId());
			IViewReference[] views = page.getViewReferences();
			assertTrue(views.length > 0, p.getId() + " shows views");
			for (IViewReference ref : views) {
				IViewPart view = ref.getView(true);
				assertNotNull(view, ref.getId() + " in " + p.getId());
				assertFalse(view.getClass().getName().contains("ErrorViewPart"), ref.getId() + " failed to open in " + p.getId());
			}
		}
	}

	@Test
	void everyInstalledPerspectiveIsOnThePerspectiveBar() {
		IWorkbenchWindow window = window();
		new PerspectiveBar(window, BacklotUi.preferences()).openNewPerspectives();
		List<String> open = Arrays.stream(window.getActivePage().getOpenPerspectives()).map(IPerspectiveDescriptor::getId).toList();
		for (IPerspectiveDescriptor p : window.getWorkbench().getPerspectiveRegistry().getPerspectives()) {
			assertTrue(open.contains(p.getId()), p.getId() + " is open: " + open);
		}
	}

	@Test
	void perspectiveLabelsFollowTheCurrentLanguageAfterARestore() {
		IWorkbenchWindow window = window();
		EModelService models = window.getService(EModelService.class);
		MPerspective production = models.findElements(window.getService(MWindow.class), BacklotUi.PRODUCTION_PERSPECTIVE,
				MPerspective.class).get(0);
		production.setLabel("label saved by a session in another language");
		assertEquals(1, PerspectiveLabels.refresh(window));
		assertEquals("Production", production.getLabel());
		assertEquals(0, PerspectiveLabels.refresh(window), "nothing to do the second time");
	}

	@Test
	void menusOfferTheStandardCommands() {
		Menu bar = window().getShell().getMenuBar();
		assertNotNull(bar);
		List<String> top = labels(bar);
		assertEquals(List.of("File", "Edit", "Window", "Help"), top);
		assertContains(items(bar, "File"), "New", "Close", "Save", "Save As", "Import", "Export", "Exit");
		assertContains(items(bar, "Edit"), "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All");
		assertContains(items(bar, "Window"), "Open Perspective", "Show View", "Reset Perspective", "Preferences");
		assertContains(items(bar, "Help"), "Welcome", "Check for Updates", "Install New Software", "Plugins", "About Backlot");
	}

	private static void assertContains(List<String> actual, String... expected) {
		for (String e : expected) {
			assertTrue(actual.stream().anyMatch(a -> a.equals(e) || a.startsWith(e + " ")), e + " in " + actual);
		}
	}

	private static List<String> labels(Menu menu) {
		List<String> result = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if (!item.getText().isEmpty()) {
				result.add(clean(item.getText()));
			}
		}
		return result;
	}

	private static List<String> items(Menu bar, String title) {
		for (MenuItem item : bar.getItems()) {
			if (clean(item.getText()).equals(title)) {
				Menu menu = item.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				List<String> result = labels(menu);
				menu.notifyListeners(SWT.Hide, new Event());
				return result;
			}
		}
		throw new AssertionError("no menu " + title);
	}

	private static String clean(String label) {
		int tab = label.indexOf('\t');
		String text = (tab < 0 ? label : label.substring(0, tab)).replace("&", "").strip();
		return text.endsWith("...") ? text.substring(0, text.length() - 3) : text;
	}
}
