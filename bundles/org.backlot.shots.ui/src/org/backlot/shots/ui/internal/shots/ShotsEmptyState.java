// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;

/**
 * A view's body that is either its content or a sentence saying what to do, never a blank pane. A link in
 * the sentence (and Insert while it has the focus) runs the view's add action.
 */
final class ShotsEmptyState {
	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Composite message;
	private final Link text;
	private Control content;

	ShotsEmptyState(Composite parent, Runnable add) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(layout);
		message = new Composite(stack, SWT.NONE);
		message.setLayout(new GridLayout());
		text = new Link(message, SWT.WRAP);
		text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		text.addListener(SWT.Selection, e -> add.run());
		text.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.INSERT) {
				add.run();
			}
		});
	}

	/** The parent for the content control. */
	Composite parent() {
		return stack;
	}

	/** The whole body (for layout data). */
	Composite control() {
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
			if (!why.equals(text.getText())) {
				text.setText(why);
			}
			message.layout(true);
			layout.topControl = message;
		}
		stack.layout(true);
	}

	/** Whether the message is shown. */
	boolean showsMessage() {
		return layout.topControl == message;
	}

	/** Focuses the message's link (so that Insert works there). */
	void focusMessage() {
		text.setFocus();
	}
}
