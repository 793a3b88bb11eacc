// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.properties;

import org.backlot.ui.internal.explorer.ModelLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;

/** The title of the Properties view: what is selected, as the explorer names it. */
public class SelectionTitle extends LabelProvider {
	@Override
	public String getText(Object element) {
		Object o = element instanceof IStructuredSelection s ? s.getFirstElement() : element;
		return o instanceof EObject e ? ModelLabels.text(e) : ""; //$NON-NLS-1$
	}
}
