// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Puts every installed perspective on the perspective bar: a perspective the
 * user has not seen yet (first start, or a newly installed plugin) is opened once.
 */
final class PerspectiveBar {
	private final IWorkbenchWindow window;
	private final IPreferenceStore prefs;

	PerspectiveBar(IWorkbenchWindow window, IPreferenceStore prefs) {
		this.window = window;
		this.prefs = prefs;
	}

	void openNewPerspectives() {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return;
		}
		Set<String> known = new LinkedHashSet<>(Arrays.asList(prefs.getString(BacklotUi.PREF_KNOWN_PERSPECTIVES).split(","))); //$NON-NLS-1$
		Set<String> open = new LinkedHashSet<>();
		for (IPerspectiveDescriptor p : page.getOpenPerspectives()) {
			open.add(p.getId());
		}
		IPerspectiveDescriptor active = page.getPerspective();
		boolean changed = false;
		for (IPerspectiveDescriptor p : window.getWorkbench().getPerspectiveRegistry().getPerspectives()) {
			if (known.add(p.getId())) {
				changed = true;
				if (!open.contains(p.getId())) {
					open(page, p);
				}
			}
		}
		if (changed) {
			if (active != null) {
				page.setPerspective(active);
			}
			known.remove(""); //$NON-NLS-1$
			prefs.setValue(BacklotUi.PREF_KNOWN_PERSPECTIVES, String.join(",", known)); //$NON-NLS-1$
		}
	}

	private static void open(IWorkbenchPage page, IPerspectiveDescriptor p) {
		try {
			page.setPerspective(p);
		} catch (RuntimeException e) {
			ILog.of(PerspectiveBar.class).error("Could not open perspective " + p.getId(), e); //$NON-NLS-1$
		}
	}
}
