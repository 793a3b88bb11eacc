// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.lang.reflect.Method;

import org.eclipse.gef.AccessibleEditPart;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.gef.ui.parts.DomainEventDispatcher;

/**
 * The palette's viewer. GEF 3.2 checks each palette entry's accessible part
 * with a JFace assertion class that today's JFace no longer has; this viewer
 * registers them without it (through the dispatcher GEF itself uses).
 */
final class LampPaletteViewer extends PaletteViewer {
	@Override
	public void registerAccessibleEditPart(AccessibleEditPart part) {
		call("putAccessible", part); //$NON-NLS-1$
	}

	@Override
	public void unregisterAccessibleEditPart(AccessibleEditPart part) {
		call("removeAccessible", part); //$NON-NLS-1$
	}

	private void call(String name, AccessibleEditPart part) {
		DomainEventDispatcher dispatcher = getEventDispatcher();
		if (part == null || dispatcher == null) {
			return;
		}
		try {
			Method m = DomainEventDispatcher.class.getDeclaredMethod(name, AccessibleEditPart.class);
			m.setAccessible(true);
			m.invoke(dispatcher, part);
		} catch (ReflectiveOperationException | RuntimeException e) {
			// the palette works without screen-reader names for its entries
		}
	}
}
