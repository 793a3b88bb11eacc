// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import org.backlot.model.production.Production;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * An open production: its editing domain (one command stack, one undo
 * history for every view) and its root. Editors adapt to it, so views of
 * any plugin find the active production with
 * {@code part.getAdapter(ProductionDocument.class)}.
 */
public interface ProductionDocument {
	/** The editing domain; every change is a command on its command stack. */
	AdapterFactoryEditingDomain domain();

	/** The production, or null when its file could not be loaded. */
	Production production();
}
