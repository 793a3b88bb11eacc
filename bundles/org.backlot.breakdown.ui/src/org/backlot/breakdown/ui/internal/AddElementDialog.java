// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.List;

import org.backlot.model.breakdown.Category;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a category and a name, to add an element to a scene that the text does not name. */
final class AddElementDialog extends Dialog {
	private final List<Category> categories;
	private final Category preset;
	private Combo combo;
	private Text text;
	private Category category;
	private String name;

	AddElementDialog(Shell shell, List<Category> categories, Category preset) {
		super(shell);
		this.categories = categories;
		this.preset = preset;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.addElement);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite c = (Composite) super.createDialogArea(parent);
		c.setLayout(new GridLayout(2, false));
		new Label(c, SWT.NONE).setText(Messages.categoryLabel);
		combo = new Combo(c, SWT.READ_ONLY);
		for (Category cat : categories) {
			combo.add(Labels.categoryName(cat));
		}
		combo.select(Math.max(0, preset == null ? 0 : categories.indexOf(preset)));
		new Label(c, SWT.NONE).setText(Messages.nameLabel);
		text = new Text(c, SWT.BORDER);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		gd.widthHint = 260;
		text.setLayoutData(gd);
		return c;
	}

	@Override
	protected void okPressed() {
		category = categories.isEmpty() ? null : categories.get(combo.getSelectionIndex());
		name = text.getText().isBlank() || category == null ? null : text.getText().strip();
		super.okPressed();
	}

	Category category() {
		return category;
	}

	String name() {
		return name;
	}
}
