// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.Test;

/** The Welcome page links to every installed perspective and remembers whether to show itself. */
class WelcomeViewTest {

	private static IViewPart showWelcome() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart view = page.showView(BacklotUi.WELCOME_VIEW);
		while (Display.getCurrent().readAndDispatch()) {
			// let it lay out
		}
		return view;
	}

	private static <T extends Control> List<T> find(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite c) {
			for (Control child : c.getChildren()) {
				found.addAll(find(child, type));
			}
		}
		return found;
	}

	private static Composite control(IViewPart view) {
		return ((WelcomeView) view).form();
	}

	@Test
	void linksToEveryPerspectiveAndOpensIt() throws Exception {
		IViewPart view = showWelcome();
		List<Hyperlink> links = find(control(view), Hyperlink.class);
		IPerspectiveDescriptor[] all = PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives();
		assertEquals(all.length, links.size());
		Hyperlink production = links.stream().filter(l -> BacklotUi.PRODUCTION_PERSPECTIVE.equals(l.getHref())).findFirst().orElseThrow();
		assertEquals("Production", production.getText());
		production.notifyListeners(org.eclipse.swt.SWT.MouseUp, mouseUp());
		assertEquals(BacklotUi.PRODUCTION_PERSPECTIVE, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getPerspective().getId());
	}

	private static org.eclipse.swt.widgets.Event mouseUp() {
		org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
		e.button = 1;
		return e;
	}

	@Test
	void showAtStartIsAPreference() throws Exception {
		IViewPart view = showWelcome();
		Button check = find(control(view), Button.class).get(0);
		assertTrue(check.getSelection(), "shown at start by default");
		check.setSelection(false);
		check.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertEquals(false, BacklotUi.preferences().getBoolean(BacklotUi.PREF_SHOW_WELCOME));
		check.setSelection(true);
		check.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(BacklotUi.preferences().getBoolean(BacklotUi.PREF_SHOW_WELCOME));
	}
}
