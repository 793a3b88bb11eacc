// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.core.api.LaunchSettings;
import org.backlot.core.api.ModelStore;
import org.backlot.ui.internal.Messages;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the new production wizard: title, file and studio. */
final class NewProductionPage extends WizardPage {
	private Text title;
	private Text file;
	private Text studio;

	NewProductionPage() {
		super("production"); //$NON-NLS-1$
		setTitle(Messages.newProductionTitle);
		setDescription(Messages.newProductionDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		title = row(c, Messages.newProductionName, "", false); //$NON-NLS-1$
		Path home = LaunchSettings.home();
		file = row(c, Messages.newProductionFile, home.resolve("productions").resolve("untitled." + ModelStore.PRODUCTION_EXTENSION).toString(), true); //$NON-NLS-1$ //$NON-NLS-2$
		Path sample = home.resolve("samples").resolve("yongchuan." + ModelStore.STUDIO_EXTENSION); //$NON-NLS-1$ //$NON-NLS-2$
		studio = row(c, Messages.newProductionStudio, Files.isRegularFile(sample) ? sample.toString() : "", true); //$NON-NLS-1$
		title.addListener(SWT.Modify, e -> {
			String slug = title.getText().toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			file.setText(Path.of(file.getText()).resolveSibling((slug.isEmpty() ? "untitled" : slug) + "." + ModelStore.PRODUCTION_EXTENSION).toString()); //$NON-NLS-1$ //$NON-NLS-2$
		});
		setControl(c);
		validate();
	}

	private Text row(Composite c, String label, String value, boolean browse) {
		new Label(c, SWT.NONE).setText(label);
		Text t = new Text(c, SWT.BORDER | SWT.SINGLE);
		t.setText(value);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, browse ? 1 : 2, 1));
		t.addListener(SWT.Modify, e -> validate());
		if (browse) {
			Button b = new Button(c, SWT.PUSH);
			b.setText(Messages.browse);
			b.addListener(SWT.Selection, e -> {
				FileDialog d = new FileDialog(getShell(), t == file ? SWT.SAVE : SWT.OPEN);
				d.setFilterExtensions(new String[] { t == file ? "*.backlot" : "*.backlot-studio" }); //$NON-NLS-1$ //$NON-NLS-2$
				String chosen = d.open();
				if (chosen != null) {
					t.setText(chosen);
				}
			});
		}
		return t;
	}

	private void validate() {
		String error = null;
		if (title.getText().isBlank()) {
			error = Messages.newProductionNeedsTitle;
		} else if (!file.getText().endsWith("." + ModelStore.PRODUCTION_EXTENSION)) { //$NON-NLS-1$
			error = Messages.newProductionNeedsExtension;
		} else if (Files.exists(Path.of(file.getText()))) {
			error = NLS.bind(Messages.newProductionExists, file.getText());
		} else if (!studio.getText().isBlank() && !Files.isRegularFile(Path.of(studio.getText()))) {
			error = NLS.bind(Messages.newProductionNoStudio, studio.getText());
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	Path file() {
		return Path.of(file.getText());
	}

	String title() {
		return title.getText().strip();
	}

	Path studio() {
		return studio.getText().isBlank() ? null : Path.of(studio.getText());
	}
}
