// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.backlot.permits.api.DocumentKind;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Attach File...: the document's kind (one the authority asks for, or typed), the file, and when it expires (optional). */
final class AttachDialog extends TitleAreaDialog {
	private final String authority;
	private final List<DocumentKind> kinds;
	private final String initialKey;
	private Combo kind;
	private Text file;
	private Button expiresOn;
	private DateTime expires;
	private String chosenKey;
	private Path chosenFile;
	private Date chosenExpiry;

	AttachDialog(Shell parent, String authority, List<DocumentKind> kinds, String initialKey) {
		super(parent);
		this.authority = authority;
		this.kinds = kinds;
		this.initialKey = initialKey;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.attachTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.attachTitle);
		setMessage(org.eclipse.osgi.util.NLS.bind(Messages.attachMessage, authority));
		Composite c = new Composite(area, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		c.setLayout(new GridLayout(3, false));
		new Label(c, SWT.NONE).setText(Messages.attachKind);
		kind = new Combo(c, SWT.DROP_DOWN);
		kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		kinds.forEach(k -> kind.add(k.label()));
		kind.setText(initialKey == null ? kinds.isEmpty() ? "" : kinds.get(0).label() : DocumentKinds.label(initialKey, kinds)); //$NON-NLS-1$
		new Label(c, SWT.NONE).setText(Messages.attachFile);
		file = new Text(c, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 320;
		file.setLayoutData(data);
		file.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(c, SWT.PUSH);
		browse.setText(Messages.attachBrowse);
		browse.addListener(SWT.Selection, e -> browse());
		expiresOn = new Button(c, SWT.CHECK);
		expiresOn.setText(Messages.attachExpires);
		expires = new DateTime(c, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		expires.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		LocalDate in = LocalDate.now().plusYears(1);
		expires.setDate(in.getYear(), in.getMonthValue() - 1, in.getDayOfMonth());
		expires.setEnabled(false);
		expiresOn.addListener(SWT.Selection, e -> expires.setEnabled(expiresOn.getSelection()));
		return area;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.attachTitle);
		String f = dialog.open();
		if (f != null) {
			file.setText(f);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			boolean exists;
			try {
				exists = !file.getText().isBlank() && java.nio.file.Files.isRegularFile(Path.of(file.getText().strip()));
			} catch (java.nio.file.InvalidPathException e) {
				exists = false;
			}
			ok.setEnabled(exists);
		}
	}

	@Override
	protected void okPressed() {
		chosenKey = DocumentKinds.key(kind.getText(), kinds);
		chosenFile = Path.of(file.getText().strip());
		chosenExpiry = expiresOn.getSelection()
				? ShootCalendar.toDate(LocalDate.of(expires.getYear(), expires.getMonth() + 1, expires.getDay()))
				: null;
		super.okPressed();
	}

	String kind() {
		return chosenKey;
	}

	Path file() {
		return chosenFile;
	}

	Date expires() {
		return chosenExpiry;
	}
}
