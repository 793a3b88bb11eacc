// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link ProductionInput} from the workbench's memory (open editors, recent files). */
public class ProductionInputFactory implements IElementFactory {
	/** The factory's id, as in plugin.xml. */
	public static final String ID = "org.backlot.ui.productionInputFactory"; //$NON-NLS-1$

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(ProductionInput.KEY_PATH);
		return path == null ? null : new ProductionInput(Path.of(path));
	}
}
