// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.explorer;

import java.util.Locale;
import java.util.MissingResourceException;

import org.backlot.model.edit.internal.BacklotEditPlugin;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;

/**
 * Labels for the explorer: the object's type in the user's language and what
 * people call it (number and heading of a scene, name, title, code), never
 * its id; files by their name.
 */
public class ModelLabels extends AdapterFactoryLabelProvider {
	private static final String[] NAMING = { "number", "name", "title", "code", "heading", "key", "description", "text" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final int LONGEST = 60;

	/** Labels from the item providers of the factory. */
	public ModelLabels(AdapterFactory adapters) {
		super(adapters);
	}

	@Override
	public String getText(Object object) {
		if (object instanceof Resource r) {
			return r.getURI().lastSegment();
		}
		if (object instanceof EObject o) {
			return text(o);
		}
		return super.getText(object);
	}

	/** The label of a model object. */
	public static String text(EObject o) {
		String type = typeName(o);
		StringBuilder b = new StringBuilder(type);
		int shown = 0;
		boolean chinese = Locale.getDefault().getLanguage().equals("zh"); //$NON-NLS-1$
		for (String attr : NAMING) {
			EStructuralFeature f = o.eClass().getEStructuralFeature(chinese && attr.equals("name") //$NON-NLS-1$
					&& o.eClass().getEStructuralFeature("nameZh") != null && o.eGet(o.eClass().getEStructuralFeature("nameZh")) != null //$NON-NLS-1$ //$NON-NLS-2$
							? "nameZh" : attr); //$NON-NLS-1$
			Object v = f == null ? null : o.eGet(f);
			if (v != null && !v.toString().isBlank() && shown < 2) {
				String text = v.toString().replace('\n', ' ');
				b.append(shown == 0 ? " " : " · ").append(text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				shown++;
			}
		}
		return b.toString();
	}

	/** The type of an object in the user's language ("Scene", "场次"). */
	public static String typeName(EObject o) {
		try {
			return BacklotEditPlugin.INSTANCE.getString("_UI_" + o.eClass().getName() + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (MissingResourceException e) {
			return o.eClass().getName();
		}
	}
}
