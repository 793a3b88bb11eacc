// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.script.Scene;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** The sheet's tree: the categories with elements in the scene, and those elements. */
final class SheetContent implements ITreeContentProvider {
	private final Supplier<Scene> scene;
	private Breakdown breakdown;

	SheetContent(Supplier<Scene> scene) {
		this.scene = scene;
	}

	@Override
	public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
		breakdown = (Breakdown) newInput;
	}

	@Override
	public Object[] getElements(Object input) {
		List<Category> result = new ArrayList<>();
		if (breakdown != null) {
			for (Category c : breakdown.getCategories()) {
				if (getChildren(c).length > 0) {
					result.add(c);
				}
			}
		}
		return result.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		List<Element> result = new ArrayList<>();
		if (parent instanceof Category c && breakdown != null) {
			for (Element e : breakdown.getElements()) {
				if (e.getCategory() == c && e.getOccurrences().stream().anyMatch(o -> o.getScene() == scene.get())) {
					result.add(e);
				}
			}
		}
		return result.toArray();
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof Element e ? e.getCategory() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Category;
	}
}
