// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.match;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * One tab of the match view: what the open production needs of one service of
 * the studio, what the studio can give, and the buttons that reserve or book
 * it as one command. It works out its content only while it is shown.
 */
abstract class MatchTab {
	private final MatchView view;
	private final Composite control;
	private final Label message;
	private boolean stale = true;

	MatchTab(Composite parent, MatchView view) {
		this.view = view;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		control.setLayout(layout);
		message = new Label(control, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	final Composite control() {
		return control;
	}

	final MatchView view() {
		return view;
	}

	/** A row of buttons under the tab's content. */
	final Composite buttons(int count) {
		Composite row = new Composite(control, SWT.NONE);
		GridLayout layout = new GridLayout(count, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return row;
	}

	/** A push button running an action. */
	static Button button(Composite row, String text, String tip, Runnable action) {
		Button b = new Button(row, SWT.PUSH);
		b.setText(text);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** Says something above the content (null: nothing); red when it is a refusal. */
	final void say(String text, boolean refusal) {
		message.setText(text == null ? "" : text); //$NON-NLS-1$
		message.setForeground(refusal ? new org.eclipse.swt.graphics.Color(0xc6, 0x28, 0x28) : null);
		control.layout(true);
	}

	/** Executes a command of the tab on the production's stack; says why when it cannot run. */
	final boolean run(Command c) {
		if (c == null) {
			return false;
		}
		if (!c.canExecute()) {
			say(org.eclipse.osgi.util.NLS.bind(Messages.cannotBook, c.getDescription() != null ? c.getDescription() : c.getLabel()), true);
			return false;
		}
		return view.execute(c);
	}

	/** The production or its studio changed: work the content out again now if shown, else when next shown. */
	final void changed(boolean shown) {
		stale = true;
		if (shown) {
			showing();
		}
	}

	/** The tab comes into view. */
	final void showing() {
		Production p = view.production();
		Studio s = view.studio();
		if (stale && p != null && s != null && !control.isDisposed()) {
			stale = false;
			refresh(p, s);
		}
	}

	/** Works out and shows the tab's content. */
	abstract void refresh(Production p, Studio s);
}
