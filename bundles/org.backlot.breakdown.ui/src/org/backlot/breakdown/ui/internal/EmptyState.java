// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;

/**
 * A view's body that is either its content or a sentence saying what to do
 * ("No script yet: File > Import Script..."), never a blank pane. Links in the
 * sentence run the import.
 */
final class EmptyState {
	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Composite message;
	private final Link text;
	private Control content;

	EmptyState(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(layout);
		message = new Composite(stack, SWT.NONE);
		message.setLayout(new GridLayout());
		text = new Link(message, SWT.WRAP);
		text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		text.addListener(SWT.Selection, e -> ImportScriptHandler.openWizard(stack.getShell()));
	}

	/** The parent for the content control. */
	Composite parent() {
		return stack;
	}

	/** Sets the content control. */
	void content(Control c) {
		content = c;
	}

	/** Shows the content, or the message when {@code why} is not null. */
	void show(String why) {
		if (why == null) {
			layout.topControl = content;
		} else {
			text.setText(why);
			message.layout(true);
			layout.topControl = message;
		}
		stack.layout(true);
	}
}
