// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A view's body that is its content or a sentence saying what to do, with an optional button ("Create a board"). */
final class BoardEmptyState {
	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Composite message;
	private final Label text;
	private final Button button;
	private Control content;

	BoardEmptyState(Composite parent, String buttonText, Runnable action) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(layout);
		message = new Composite(stack, SWT.NONE);
		message.setLayout(new GridLayout());
		text = new Label(message, SWT.WRAP);
		text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		button = new Button(message, SWT.PUSH);
		button.setText(buttonText == null ? "" : buttonText); //$NON-NLS-1$
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** The parent for the content control. */
	Composite parent() {
		return stack;
	}

	/** Sets the content control. */
	void content(Control c) {
		content = c;
	}

	/** Shows the content, or the message ({@code withButton}: and the button) when {@code why} is not null. */
	void show(String why, boolean withButton) {
		if (why == null) {
			layout.topControl = content;
		} else {
			text.setText(why);
			button.setVisible(withButton);
			((GridData) (button.getLayoutData() == null ? newData() : button.getLayoutData())).exclude = !withButton;
			message.layout(true);
			layout.topControl = message;
		}
		stack.layout(true);
	}

	private GridData newData() {
		GridData d = new GridData(SWT.LEFT, SWT.TOP, false, false);
		button.setLayoutData(d);
		return d;
	}
}
