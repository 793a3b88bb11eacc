// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What the view shows without a plan: a message and, for a scene without a plan, the Create Set Plan button. */
final class EmptyState {
	private final Composite control;
	private final Label message;
	private final Button create;

	/** Builds the page; the button runs {@code onCreate}. */
	EmptyState(Composite parent, Runnable onCreate) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(1, false));
		message = new Label(control, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		create = new Button(control, SWT.PUSH);
		create.setText(Messages.createPlan);
		create.setToolTipText(Messages.createPlanTip);
		create.addListener(SWT.Selection, e -> onCreate.run());
	}

	/** The page. */
	Composite control() {
		return control;
	}

	/** Shows a message, with the create button or without. */
	void show(String text, boolean canCreate) {
		message.setText(text);
		create.setVisible(canCreate);
		((GridData) message.getLayoutData()).widthHint = Math.max(200, control.getClientArea().width - 20);
		control.layout(true);
	}

	/** For tests: the Create Set Plan button. */
	Button createButton() {
		return create;
	}
}
