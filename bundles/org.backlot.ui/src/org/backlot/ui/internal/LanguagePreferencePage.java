// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.backlot.core.api.LaunchSettings;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences &gt; Language: the language of the user interface from the next start on. */
public class LanguagePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	/** The choices, in combo order: system default, English, Simplified Chinese. */
	static final List<Optional<String>> CHOICES = List.of(Optional.empty(), Optional.of("en"), Optional.of("zh_CN")); //$NON-NLS-1$ //$NON-NLS-2$

	private final LaunchSettings settings;
	private Combo combo;

	/** Creates the page over the user's launch settings. */
	public LanguagePreferencePage() {
		this(LaunchSettings.forUser());
	}

	LanguagePreferencePage(LaunchSettings settings) {
		this.settings = settings;
		setDescription(Messages.languageDescription);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to initialise
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(2, false));
		new Label(c, SWT.NONE).setText(Messages.languageLabel);
		combo = new Combo(c, SWT.READ_ONLY);
		combo.setItems(Messages.languageSystem, Messages.languageEnglish, Messages.languageChinese);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		select(current());
		Label note = new Label(c, SWT.WRAP);
		note.setText(Messages.languageRestart);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return c;
	}

	private Optional<String> current() {
		try {
			return settings.language();
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.languageReadError, e.getMessage()));
			return Optional.empty();
		}
	}

	private void select(Optional<String> nl) {
		int index = CHOICES.indexOf(nl);
		combo.select(index < 0 ? 0 : index);
	}

	@Override
	protected void performDefaults() {
		select(Optional.empty());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			settings.setLanguage(CHOICES.get(Math.max(0, combo.getSelectionIndex())));
			return true;
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.languageWriteError, e.getMessage()));
			return false;
		}
	}

	/** For tests: the combo showing the choice. */
	Combo combo() {
		return combo;
	}
}
