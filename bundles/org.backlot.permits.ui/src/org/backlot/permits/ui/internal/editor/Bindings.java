// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Text fields and spinners tied to the model: a typed value is written (as
 * one command) when the field loses focus or Enter is pressed, a spinner's on
 * every step; the model's value is shown again after every change, except in
 * the field the user is typing in.
 */
final class Bindings {
	private final List<Runnable> readers = new ArrayList<>();
	private boolean updating;

	/** Ties a text field to a value. */
	Text text(Text text, Supplier<String> read, Consumer<String> write) {
		boolean[] dirty = { false };
		text.addListener(SWT.Modify, e -> dirty[0] |= !updating);
		Runnable commit = () -> {
			if (dirty[0]) {
				dirty[0] = false;
				write.accept(text.getText());
			}
		};
		text.addListener(SWT.FocusOut, e -> commit.run());
		if ((text.getStyle() & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, e -> commit.run());
		}
		readers.add(() -> {
			if (dirty[0] && text.isFocusControl()) {
				return;
			}
			dirty[0] = false;
			String v = read.get();
			v = v == null ? "" : v; //$NON-NLS-1$
			if (!v.equals(text.getText())) {
				updating = true;
				try {
					text.setText(v);
				} finally {
					updating = false;
				}
			}
		});
		return text;
	}

	/** Ties a spinner to a whole number. */
	Spinner spinner(Spinner spinner, IntSupplier read, IntConsumer write) {
		Runnable commit = () -> {
			if (!updating && spinner.getSelection() != read.getAsInt()) {
				write.accept(spinner.getSelection());
			}
		};
		spinner.addListener(SWT.Selection, e -> commit.run());
		spinner.addListener(SWT.DefaultSelection, e -> commit.run());
		spinner.addListener(SWT.FocusOut, e -> commit.run());
		readers.add(() -> {
			int v = read.getAsInt();
			if (spinner.getSelection() != v) {
				updating = true;
				try {
					spinner.setSelection(v);
				} finally {
					updating = false;
				}
			}
		});
		return spinner;
	}

	/** Runs a change to the controls without writing it back to the model. */
	void quietly(Runnable change) {
		boolean was = updating;
		updating = true;
		try {
			change.run();
		} finally {
			updating = was;
		}
	}

	/** Whether the controls are being set from the model. */
	boolean updating() {
		return updating;
	}

	/** Shows the model's values in every field. */
	void read() {
		for (Runnable r : readers) {
			r.run();
		}
	}
}
