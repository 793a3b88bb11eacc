// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;

/**
 * A view's body that is either its content or a sentence saying what to do
 * ("No script yet: File > Import Script..."), never a blank pane. A link in the
 * sentence runs the view's action (and Insert on it, where the view asks); an optional button below
 * ("Create a board") runs another.
 */
public final class EmptyState {
	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Composite message;
	private final Link text;
	private Button button;
	private Control content;
	private final Runnable linkAction;

	/** A body in the parent; {@code linkAction} (may be null) runs from the sentence's link. */
	public EmptyState(Composite parent, Runnable linkAction) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(layout);
		message = new Composite(stack, SWT.NONE);
		message.setLayout(new GridLayout());
		text = new Link(message, SWT.WRAP);
		text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		this.linkAction = linkAction;
		if (linkAction != null) {
			text.addListener(SWT.Selection, e -> linkAction.run());
		}
	}

	/** Insert on the sentence runs the link's action too (for views whose action adds something); returns this. */
	public EmptyState insertRunsLink() {
		text.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.INSERT && linkAction != null) {
				linkAction.run();
			}
		});
		return this;
	}

	/** Adds a push button under the sentence, shown by {@link #show(String, boolean)}; returns this. */
	public EmptyState button(String label, Runnable action) {
		button = new Button(message, SWT.PUSH);
		button.setText(label);
		button.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		button.addListener(SWT.Selection, e -> action.run());
		return this;
	}

	/** The parent for the content control. */
	public Composite parent() {
		return stack;
	}

	/** The whole body (for layout data). */
	public Composite control() {
		return stack;
	}

	/** Sets the content control. */
	public void content(Control c) {
		content = c;
	}

	/** Shows the content, or the sentence when {@code why} is not null. */
	public void show(String why) {
		show(why, false);
	}

	/** Shows the content, or the sentence (and the button when {@code withButton}) when {@code why} is not null. */
	public void show(String why, boolean withButton) {
		if (why == null) {
			layout.topControl = content;
		} else {
			if (!why.equals(text.getText())) {
				text.setText(why);
			}
			if (button != null) {
				button.setVisible(withButton);
				((GridData) button.getLayoutData()).exclude = !withButton;
			}
			message.layout(true);
			layout.topControl = message;
		}
		stack.layout(true);
	}

	/** Whether the sentence is shown. */
	public boolean showsMessage() {
		return layout.topControl == message;
	}

	/** Focuses the sentence's link (so that Insert works there). */
	public void focusMessage() {
		text.setFocus();
	}

	/** A view's setFocus: the sentence's link while it is shown, else the view's main control. */
	public void focus(Control content) {
		if (showsMessage()) {
			focusMessage();
		} else {
			content.setFocus();
		}
	}
}
