// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** The small controls of the registers' filter bars, each running the search again when changed. */
final class Filters {
	private Filters() {
	}

	/** A read-only choice: "any" first, then the values. */
	static Combo choice(Composite bar, String any, List<String> values, int width, Runnable changed) {
		Combo c = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridData d = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		d.widthHint = width;
		c.setLayoutData(d);
		c.setVisibleItemCount(16);
		items(c, any, values);
		c.addListener(SWT.Selection, e -> changed.run());
		return c;
	}

	/** Replaces a choice's values, keeping the chosen one where it still is. */
	static void items(Combo c, String any, List<String> values) {
		String was = c.getSelectionIndex() > 0 ? c.getText() : null;
		c.removeAll();
		c.add(any);
		values.forEach(c::add);
		int at = was == null ? 0 : Math.max(0, values.indexOf(was) + 1);
		c.select(at);
	}

	/** The chosen value's index among the values, or -1 for "any". */
	static int chosen(Combo c) {
		return c.getSelectionIndex() - 1;
	}

	/** A caption before a control. */
	static Label caption(Composite bar, String text) {
		Label l = new Label(bar, SWT.NONE);
		l.setText(text);
		l.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		return l;
	}

	/** A number from {@code min} to {@code max}, 0 meaning no limit. */
	static Spinner number(Composite bar, int max, Runnable changed) {
		Spinner s = new Spinner(bar, SWT.BORDER);
		s.setValues(0, 0, max, 0, 1, 10);
		s.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		s.addListener(SWT.Modify, e -> changed.run());
		return s;
	}

	/** A free-text field with a hint. */
	static Text words(Composite bar, String hint, int width, Runnable changed) {
		Text t = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		t.setMessage(hint);
		GridData d = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		d.widthHint = width;
		t.setLayoutData(d);
		t.addListener(SWT.Modify, e -> changed.run());
		return t;
	}
}
