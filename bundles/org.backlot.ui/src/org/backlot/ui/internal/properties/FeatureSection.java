// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.properties;

import java.util.function.Predicate;

import org.backlot.ui.internal.editor.EditorModel;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * A tab of the Properties view: the selected object's editable features of
 * one kind, edited through the production's command stack.
 */
public abstract class FeatureSection extends AdvancedPropertySection {
	private EditorModel model;

	/** Which features this tab shows. */
	protected abstract Predicate<Object> features();

	/** Whether the tab only shows (ids and the format version are Backlot's to manage). */
	protected boolean readOnly() {
		return false;
	}

	private static boolean managed(Object f) {
		return f instanceof EAttribute a && (a.isID() || a.getName().equals("fileVersion")); //$NON-NLS-1$
	}

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage sheet) {
		super.createControls(parent, sheet);
		page.setPropertySourceProvider(this::source);
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		model = part == null ? null : part.getAdapter(EditorModel.class);
		super.setInput(part, selection);
	}

	private IPropertySource source(Object object) {
		if (model == null) {
			return null;
		}
		Object adapter = model.adapters().adapt(object, IItemPropertySource.class);
		return adapter instanceof IItemPropertySource s ? new FilteredPropertySource(object, s, features(), readOnly()) : null;
	}

	/** The General tab: the object's own values (names, numbers, dates, kinds). */
	public static class Values extends FeatureSection {
		@Override
		protected Predicate<Object> features() {
			return f -> f instanceof EAttribute && !managed(f);
		}
	}

	/** The Links tab: what the object points at (category, scene, stage, studio item...). */
	public static class Links extends FeatureSection {
		@Override
		protected Predicate<Object> features() {
			return f -> f instanceof EReference;
		}
	}

	/** The Identity tab: the stable id that other files use. */
	public static class Identity extends FeatureSection {
		@Override
		protected Predicate<Object> features() {
			return FeatureSection::managed;
		}

		@Override
		protected boolean readOnly() {
			return true;
		}
	}
}
