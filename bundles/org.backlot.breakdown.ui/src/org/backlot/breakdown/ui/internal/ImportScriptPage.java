// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backlot.script.api.ScriptImporters;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The import wizard's page: the file, the format (automatic by default) and the production it goes into. */
final class ImportScriptPage extends WizardPage {
	private final ProductionDocument document;
	private final List<ScriptImporters.Format> formats = ScriptImporters.formats();
	private Text file;
	private Combo format;

	ImportScriptPage(ProductionDocument document) {
		super("script"); //$NON-NLS-1$
		this.document = document;
		setTitle(Messages.importTitle);
		setDescription(Messages.importDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		new Label(c, SWT.NONE).setText(Messages.importFile);
		file = new Text(c, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(c, SWT.PUSH);
		browse.setText(Messages.browse);
		browse.addListener(SWT.Selection, e -> browse());
		new Label(c, SWT.NONE).setText(Messages.importFormat);
		format = new Combo(c, SWT.READ_ONLY);
		format.add(Messages.formatAuto);
		formats.forEach(f -> format.add(f.name()));
		format.select(0);
		format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(c, SWT.NONE).setText(Messages.importInto);
		Label into = new Label(c, SWT.WRAP);
		into.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		if (document != null) {
			boolean revision = document.production().getScript() != null
					&& !document.production().getScript().getScenes().isEmpty();
			into.setText(NLS.bind(revision ? Messages.importIntoRevision : Messages.importIntoNew,
					document.production().getTitle()));
		}
		setControl(c);
		validate();
	}

	private void browse() {
		FileDialog d = new FileDialog(getShell(), SWT.OPEN);
		StringBuilder all = new StringBuilder();
		for (ScriptImporters.Format f : formats) {
			for (String ext : f.extensions()) {
				all.append(all.length() == 0 ? "" : ";").append("*.").append(ext); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		d.setFilterExtensions(new String[] { all.toString(), "*.*" }); //$NON-NLS-1$
		d.setFilterNames(new String[] { Messages.filterScripts, Messages.filterAll });
		String chosen = d.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void validate() {
		String error = null;
		if (document == null) {
			error = Messages.importNoProduction;
		} else if (file.getText().isBlank()) {
			setErrorMessage(null);
			setPageComplete(false);
			return;
		} else if (!Files.isRegularFile(Path.of(file.getText().strip()))) {
			error = NLS.bind(Messages.importNoFile, file.getText().strip());
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	String file() {
		return file.getText().strip();
	}

	/** The chosen format id, or null for automatic. */
	String format() {
		int i = format.getSelectionIndex();
		return i <= 0 ? null : formats.get(i - 1).id();
	}
}
