// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.Locale;

import org.backlot.core.api.Languages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Export PDF...: the form's language (English or Chinese) and paper (A4 or US Letter). */
final class ExportDialog extends Dialog {
	private Button chinese;
	private Button letter;
	private Locale language;
	private boolean usLetter;

	ExportDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.exportTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(3, false));
		new Label(area, SWT.NONE).setText(Messages.exportLanguage);
		Button english = radio(area, Messages.exportEnglish);
		chinese = radio(area, Messages.exportChinese);
		(Languages.chinese() ? chinese : english).setSelection(true);
		new Label(area, SWT.NONE).setText(Messages.exportPaper);
		Composite paper = new Composite(area, SWT.NONE);
		paper.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		GridLayout grid = new GridLayout(2, false);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		paper.setLayout(grid);
		Button a4 = radio(paper, Messages.exportA4);
		letter = radio(paper, Messages.exportLetter);
		String country = Locale.getDefault().getCountry();
		("US".equals(country) || "CA".equals(country) ? letter : a4).setSelection(true); //$NON-NLS-1$ //$NON-NLS-2$
		return area;
	}

	private static Button radio(Composite parent, String text) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(text);
		return b;
	}

	@Override
	protected void okPressed() {
		language = chinese.getSelection() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		usLetter = letter.getSelection();
		super.okPressed();
	}

	Locale language() {
		return language;
	}

	boolean letter() {
		return usLetter;
	}
}
