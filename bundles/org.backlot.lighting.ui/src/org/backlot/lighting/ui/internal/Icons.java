// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import org.backlot.model.lighting.FixtureKind;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The bundle's icons as image descriptors (a missing file gives the missing-image descriptor, never null). */
public final class Icons {
	private Icons() {
	}

	/** An icon of the bundle by file name under {@code icons/}. */
	public static ImageDescriptor of(String file) {
		return ResourceLocator.imageDescriptorFromBundle(LightingUi.PLUGIN_ID, "icons/" + file) //$NON-NLS-1$
				.orElse(ImageDescriptor.getMissingImageDescriptor());
	}

	/** The palette icon of a kind of lamp. */
	public static ImageDescriptor of(FixtureKind kind) {
		String name = switch (kind == null ? FixtureKind.FRESNEL_TUNGSTEN : kind) {
		case LED_PANEL, SKY_PANEL -> "lamp-panel.png"; //$NON-NLS-1$
		case LED_TUBE, LED_VOLUME -> "lamp-tube.png"; //$NON-NLS-1$
		case SOFTBOX, BOOK_LIGHT -> "lamp-soft.png"; //$NON-NLS-1$
		case PRACTICAL -> "lamp-practical.png"; //$NON-NLS-1$
		default -> "lamp-fresnel.png"; //$NON-NLS-1$
		};
		return of(name);
	}
}
