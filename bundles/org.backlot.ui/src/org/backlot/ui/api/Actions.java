// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import org.eclipse.jface.action.Action;

/** Toolbar and menu actions from a label and a runnable, as every Backlot view builds them. */
public final class Actions {
	private Actions() {
	}

	/** An action that runs {@code run}; its tooltip is the label without mnemonics. */
	public static Action of(String text, Runnable run) {
		return of(text, text.replace("&", ""), run); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An action that runs {@code run}, with its own tooltip. */
	public static Action of(String text, String tooltip, Runnable run) {
		Action a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setToolTipText(tooltip);
		return a;
	}
}
