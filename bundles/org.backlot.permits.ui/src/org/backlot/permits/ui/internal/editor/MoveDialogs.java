// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The small dialogs of status moves: the permit number and conditions of an approval; the note of a request or a refusal. */
final class MoveDialogs {
	private MoveDialogs() {
	}

	/** Asks for the permit number and conditions; null when cancelled. */
	static String[] approval(Shell shell, String authority) {
		Approval d = new Approval(shell, authority);
		return d.open() == Window.OK ? new String[] { d.number, d.conditions } : null;
	}

	/** Asks what the authority said (several lines); null when cancelled. */
	static String note(Shell shell, String title, String authority) {
		InputDialog d = new InputDialog(shell, title, NLS.bind(Messages.noteMessage, authority), "", null) { //$NON-NLS-1$
			@Override
			protected int getInputTextStyle() {
				return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
			}

			@Override
			protected Control createDialogArea(Composite parent) {
				Control c = super.createDialogArea(parent);
				((GridData) getText().getLayoutData()).heightHint = getText().getLineHeight() * 4;
				return c;
			}
		};
		return d.open() == Window.OK ? d.getValue() : null;
	}

	/** Permit number (required) and conditions. */
	private static final class Approval extends TitleAreaDialog {
		private final String authority;
		private Text numberText;
		private Text conditionsText;
		private String number;
		private String conditions;

		Approval(Shell shell, String authority) {
			super(shell);
			this.authority = authority;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(Messages.approveTitle);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			setTitle(Messages.approveTitle);
			setMessage(NLS.bind(Messages.approveMessage, authority));
			Composite c = new Composite(area, SWT.NONE);
			c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			c.setLayout(new GridLayout(2, false));
			new Label(c, SWT.NONE).setText(Messages.approveNumber);
			numberText = new Text(c, SWT.BORDER);
			numberText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			numberText.addListener(SWT.Modify, e -> getButton(OK).setEnabled(!numberText.getText().isBlank()));
			Label l = new Label(c, SWT.NONE);
			l.setText(Messages.approveConditions);
			l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			conditionsText = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.heightHint = conditionsText.getLineHeight() * 4;
			data.widthHint = 360;
			conditionsText.setLayoutData(data);
			return area;
		}

		@Override
		protected Control createButtonBar(Composite parent) {
			Control bar = super.createButtonBar(parent);
			getButton(OK).setEnabled(false);
			return bar;
		}

		@Override
		protected void okPressed() {
			number = numberText.getText().strip();
			conditions = conditionsText.getText().strip();
			super.okPressed();
		}

		private static final int OK = Dialog.OK;
	}
}
