// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.explorer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionPackage;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;

/**
 * The explorer's tree: the item providers' children, with a production's
 * parts in the order a crew works through them (script first, people last).
 */
public class ExplorerContent extends AdapterFactoryContentProvider {
	private static final List<EStructuralFeature> ORDER = List.of(ProductionPackage.Literals.PRODUCTION__SCRIPT,
			ProductionPackage.Literals.PRODUCTION__BREAKDOWN, ProductionPackage.Literals.PRODUCTION__SHOT_LIST,
			ProductionPackage.Literals.PRODUCTION__SCHEDULES, ProductionPackage.Literals.PRODUCTION__LIGHTING,
			ProductionPackage.Literals.PRODUCTION__PERMIT_APPLICATIONS, ProductionPackage.Literals.PRODUCTION__HOLIDAYS,
			ProductionPackage.Literals.PRODUCTION__DEPARTMENTS, ProductionPackage.Literals.PRODUCTION__PEOPLE,
			ProductionPackage.Literals.PRODUCTION__CONTACTS);

	/** Children from the item providers of the factory. */
	public ExplorerContent(AdapterFactory adapters) {
		super(adapters);
	}

	@Override
	public Object[] getChildren(Object object) {
		Object[] children = super.getChildren(object);
		if (object instanceof Production) {
			Object[] sorted = children.clone();
			Arrays.sort(sorted, Comparator.comparingInt(ExplorerContent::rank));
			return sorted;
		}
		return children;
	}

	private static int rank(Object child) {
		if (child instanceof EObject o && o.eContainingFeature() != null) {
			int i = ORDER.indexOf(o.eContainingFeature());
			return i < 0 ? ORDER.size() : i;
		}
		return ORDER.size();
	}
}
