// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.backlot.core.api.Contributions;
import org.backlot.core.api.Exporter;
import org.backlot.core.api.Exporters;
import org.backlot.core.api.LaunchSettings;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
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

/** The export wizard's page: what to export, the format (from the registry) and the target file. */
final class ExportPage extends WizardPage {
	private final List<ExportSources.Source> sources;
	private List<Exporters.Format> formats = List.of();
	private Combo source;
	private Combo format;
	private Label description;
	private Text target;
	private String lastDefault = ""; //$NON-NLS-1$
	private String pluginProblems;

	ExportPage(List<ExportSources.Source> sources) {
		super("export"); //$NON-NLS-1$
		this.sources = sources;
		setTitle(Messages.exportTitle);
		setDescription(Messages.exportDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		new Label(c, SWT.NONE).setText(Messages.exportSource);
		source = new Combo(c, SWT.READ_ONLY);
		source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		sources.forEach(s -> source.add(s.label()));
		new Label(c, SWT.NONE).setText(Messages.exportFormat);
		format = new Combo(c, SWT.READ_ONLY);
		format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(c, SWT.NONE);
		description = new Label(c, SWT.WRAP);
		GridData d = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		d.widthHint = 400;
		description.setLayoutData(d);
		new Label(c, SWT.NONE).setText(Messages.exportTarget);
		target = new Text(c, SWT.BORDER | SWT.SINGLE);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(c, SWT.PUSH);
		browse.setText(Messages.browse);
		browse.addListener(SWT.Selection, e -> browse());
		source.addListener(SWT.Selection, e -> sourceChanged());
		format.addListener(SWT.Selection, e -> formatChanged());
		target.addListener(SWT.Modify, e -> validate());
		if (!sources.isEmpty()) {
			source.select(0);
			sourceChanged();
		}
		// contributions found broken while listing the formats are shown here, once
		List<String> problems = Contributions.takeProblems(Exporter.EXTENSION_POINT);
		pluginProblems = problems.isEmpty() ? null : String.join("\n", problems); //$NON-NLS-1$
		setControl(c);
		validate();
	}

	private void sourceChanged() {
		String previous = format() == null ? null : format().id();
		formats = Exporters.forRoot(root());
		format.removeAll();
		formats.forEach(f -> format.add(NLS.bind(Messages.formatItem, f.name(), f.extension())));
		int keep = formats.stream().map(Exporters.Format::id).toList().indexOf(previous);
		if (!formats.isEmpty()) {
			format.select(Math.max(keep, 0));
		}
		formatChanged();
	}

	private void formatChanged() {
		Exporters.Format f = format();
		description.setText(f == null ? "" : NLS.bind(Messages.formatDescription, f.description(), f.plugin()).strip()); //$NON-NLS-1$
		description.getParent().layout(true);
		String suggested = f == null ? "" : defaultTarget(f).toString(); //$NON-NLS-1$
		if (target.getText().isBlank() || target.getText().equals(lastDefault)) {
			target.setText(suggested);
		}
		lastDefault = suggested;
		validate();
	}

	private Path defaultTarget(Exporters.Format f) {
		Path file = ExportSources.fileOf(root());
		Path dir = file == null ? LaunchSettings.home() : file.toAbsolutePath().getParent();
		String name = file == null ? "export" : file.getFileName().toString(); //$NON-NLS-1$
		int dot = name.lastIndexOf('.');
		return dir.resolve(f.fileName(dot > 0 ? name.substring(0, dot) : name));
	}

	private void browse() {
		FileDialog d = new FileDialog(getShell(), SWT.SAVE);
		Exporters.Format f = format();
		if (f != null) {
			d.setFilterExtensions(new String[] { "*." + f.extension(), "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			d.setFilterNames(new String[] { NLS.bind(Messages.filterFormat, f.name(), f.extension()), Messages.filterAll });
		}
		Path current = target();
		if (current != null) {
			d.setFilterPath(current.toAbsolutePath().getParent().toString());
			d.setFileName(current.getFileName().toString());
		}
		String chosen = d.open();
		if (chosen != null) {
			target.setText(chosen);
		}
	}

	private void validate() {
		String error = null;
		String warning = pluginProblems;
		Path file = target();
		if (sources.isEmpty()) {
			error = Messages.noSource;
		} else if (formats.isEmpty()) {
			error = Messages.noFormat;
		} else if (target.getText().isBlank()) {
			setErrorMessage(null);
			setPageComplete(false);
			return;
		} else if (file == null) {
			error = NLS.bind(Messages.targetBadPath, target.getText().strip());
		} else if (Files.isDirectory(file)) {
			error = NLS.bind(Messages.targetIsFolder, file);
		} else if (file.toAbsolutePath().equals(sourceFile())) {
			error = NLS.bind(Messages.targetIsSource, file);
		} else if (Files.exists(file)) {
			warning = warning == null ? NLS.bind(Messages.targetExists, file) : warning;
		}
		setErrorMessage(error);
		setMessage(warning, warning == null ? IMessageProvider.NONE : IMessageProvider.WARNING);
		setPageComplete(error == null);
	}

	private Path sourceFile() {
		Path file = root() == null ? null : ExportSources.fileOf(root());
		return file == null ? null : file.toAbsolutePath();
	}

	/** The production or studio chosen, or null. */
	EObject root() {
		int i = source == null ? -1 : source.getSelectionIndex();
		return i < 0 ? null : sources.get(i).root();
	}

	/** The format chosen, or null. */
	Exporters.Format format() {
		int i = format == null ? -1 : format.getSelectionIndex();
		return i < 0 || i >= formats.size() ? null : formats.get(i);
	}

	/** The target file, or null when none or not a valid path. */
	Path target() {
		String t = target == null ? "" : target.getText().strip(); //$NON-NLS-1$
		try {
			return t.isEmpty() ? null : Path.of(t);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The ids of the formats offered, in order (for tests). */
	List<String> formatIds() {
		return formats.stream().map(Exporters.Format::id).toList();
	}

	/** Chooses a format and a target as the user would (for tests). */
	void choose(String formatId, String file) {
		format.select(formatIds().indexOf(formatId));
		formatChanged();
		if (file != null) {
			target.setText(file);
		}
	}

	/** The target field's text (for tests). */
	String targetText() {
		return target.getText();
	}
}
