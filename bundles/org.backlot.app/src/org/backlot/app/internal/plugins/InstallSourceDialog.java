// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal.plugins;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks where to install plugins from: an update site's address, a folder holding one, or a zipped one. */
final class InstallSourceDialog extends TitleAreaDialog {
	private Text location;
	private URI site;

	InstallSourceDialog(Shell parent) {
		super(parent);
	}

	/** The update site chosen, once the dialog was closed with Install. */
	URI site() {
		return site;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.installTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.installTitle);
		setMessage(Messages.installMessage);
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.installLocation);
		location = new Text(c, SWT.BORDER);
		location.setMessage(Messages.installLocationHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(location);
		location.addModifyListener(e -> validate());
		Button folder = new Button(c, SWT.PUSH);
		folder.setText(Messages.installFolder);
		folder.addListener(SWT.Selection, e -> {
			String dir = new DirectoryDialog(getShell()).open();
			if (dir != null) {
				location.setText(dir);
			}
		});
		Button archive = new Button(c, SWT.PUSH);
		archive.setText(Messages.installArchive);
		archive.addListener(SWT.Selection, e -> {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN);
			d.setFilterExtensions(new String[] { "*.zip", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String zip = d.open();
			if (zip != null) {
				location.setText(zip);
			}
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.installButton, true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private void validate() {
		String problem = null;
		try {
			site = toSite(location.getText());
		} catch (IllegalArgumentException e) {
			site = null;
			problem = e.getMessage();
		}
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(site != null);
	}

	/**
	 * The update site a user typed or picked: an http(s) or file address as it is, a folder as a file address, a .zip
	 * as a jar address into it.
	 *
	 * @throws IllegalArgumentException naming the problem in the user's language
	 */
	static URI toSite(String text) {
		String t = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (t.isEmpty()) {
			throw new IllegalArgumentException(Messages.installEmpty);
		}
		if (t.matches("(?i)(https?|file|jar):.*")) { //$NON-NLS-1$
			try {
				return new URI(t);
			} catch (URISyntaxException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.installBadAddress, t));
			}
		}
		File f = new File(t);
		if (f.isDirectory()) {
			return f.toURI();
		}
		if (f.isFile() && f.getName().toLowerCase().endsWith(".zip")) { //$NON-NLS-1$
			return URI.create("jar:" + f.toURI() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		throw new IllegalArgumentException(NLS.bind(f.exists() ? Messages.installNotASite : Messages.installMissing, t));
	}
}
