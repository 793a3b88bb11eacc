// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.ui;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import com.example.backlot.budget.Rate;
import com.example.backlot.budget.RateCard;

/**
 * Preferences > Budget Rate Card: every figure of the rate card, in yuan (the
 * contingency in percent). Restore Defaults goes back to the plugin's
 * rates.properties; what is typed must be an amount of at least 0.
 */
public class RateCardPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	/** The page over the plugin's instance-scope preferences. */
	public RateCardPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		RateCard defaults = RateCard.defaults();
		StringBuilder description = new StringBuilder(Messages.pageDescription);
		for (String warning : defaults.warnings()) {
			description.append("\n\u26a0 ").append(warning); //$NON-NLS-1$
		}
		setDescription(description.toString());
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, RateCard.PLUGIN_ID);
		RateCard defaults = RateCard.defaults();
		for (Rate r : Rate.values()) {
			store.setDefault(r.key(), plain(defaults.get(r)));
		}
		return store;
	}

	@Override
	protected void createFieldEditors() {
		for (Rate r : Rate.values()) {
			String label = r == Rate.CONTINGENCY_PERCENT ? r.label() : NLS.bind(Messages.inYuan, r.label());
			addField(new AmountField(r.key(), label, getFieldEditorParent()));
		}
	}

	/** 3000 or 350.5: how a default is written into the field. */
	static String plain(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}

	/** A text field that accepts an amount of at least 0 (with an optional ¥ and thousands separators). */
	private static final class AmountField extends StringFieldEditor {
		AmountField(String key, String label, Composite parent) {
			super(key, label, 12, VALIDATE_ON_KEY_STROKE, parent);
			setEmptyStringAllowed(false);
			setErrorMessage(NLS.bind(Messages.notAnAmountFor, label));
		}

		@Override
		protected boolean doCheckState() {
			return RateCard.parse(getStringValue()) != null;
		}
	}
}
