// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The bundle's icons as image descriptors (a missing file gives the missing-image descriptor, never null). */
public final class Icons {
	private Icons() {
	}

	/** An icon of the bundle by file name under {@code icons/}. */
	public static ImageDescriptor of(String file) {
		return ResourceLocator.imageDescriptorFromBundle(StudioUi.PLUGIN_ID, "icons/" + file) //$NON-NLS-1$
				.orElse(ImageDescriptor.getMissingImageDescriptor());
	}
}
