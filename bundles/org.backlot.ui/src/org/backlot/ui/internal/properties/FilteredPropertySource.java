// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.ui.provider.PropertyDescriptor;
import org.eclipse.emf.edit.ui.provider.PropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** The EMF property source of an object, showing only the features a tab is about. */
final class FilteredPropertySource extends PropertySource {
	private final Predicate<Object> features;
	private final boolean readOnly;

	FilteredPropertySource(Object object, IItemPropertySource source, Predicate<Object> features, boolean readOnly) {
		super(object, source);
		this.features = features;
		this.readOnly = readOnly;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		for (IItemPropertyDescriptor d : itemPropertySource.getPropertyDescriptors(object)) {
			if (features.test(d.getFeature(object))) {
				result.add(readOnly ? new PropertyDescriptor(object, d) {
					@Override
					public CellEditor createPropertyEditor(Composite parent) {
						return null;
					}
				} : createPropertyDescriptor(d));
			}
		}
		return result.toArray(new IPropertyDescriptor[0]);
	}
}
