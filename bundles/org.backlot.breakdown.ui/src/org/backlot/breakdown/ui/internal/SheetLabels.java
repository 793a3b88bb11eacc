// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.function.Supplier;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.script.Scene;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;

/** Labels of the sheet's tree: categories in their colour; elements with cast numbers, suggestions marked. */
final class SheetLabels extends LabelProvider implements IColorProvider {
	private final Colours colours;
	private final Supplier<Scene> scene;

	SheetLabels(Colours colours, Supplier<Scene> scene) {
		this.colours = colours;
		this.scene = scene;
	}

	@Override
	public String getText(Object o) {
		if (o instanceof Category c) {
			return Labels.categoryName(c);
		}
		if (o instanceof Element e) {
			String name = e instanceof CastMember cm && cm.getCastNumber() > 0 ? cm.getCastNumber() + ". " + e.getName() : e.getName(); //$NON-NLS-1$
			return suggested(e) ? NLS.bind(Messages.suggested, name) : name;
		}
		return super.getText(o);
	}

	private boolean suggested(Element e) {
		for (ElementOccurrence o : e.getOccurrences()) {
			if (o.getScene() == scene.get() && o.isConfirmed()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Color getForeground(Object o) {
		return o instanceof Element e && suggested(e) ? colours.full("#757575") : null; //$NON-NLS-1$
	}

	@Override
	public Color getBackground(Object o) {
		return o instanceof Category c ? colours.tint(c.getColour()) : null;
	}
}
