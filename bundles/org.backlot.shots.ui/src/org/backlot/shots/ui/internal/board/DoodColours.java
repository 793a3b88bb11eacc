// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Colours of day-out-of-days codes: SW/SWF green, WF red, H yellow, D/PW orange, TR blue, / grey; off days greyed. */
final class DoodColours {
	private final ResourceManager resources;
	private final java.util.Map<RGB, Color> cache = new java.util.HashMap<>();

	DoodColours(ResourceManager resources) {
		this.resources = resources;
	}

	/** The background of a code, or null for none. */
	Color of(String code) {
		RGB rgb = switch (code == null ? "" : code) { //$NON-NLS-1$
		case "SW", "SWF" -> new RGB(120, 200, 120); //$NON-NLS-1$ //$NON-NLS-2$
		case "W" -> new RGB(200, 235, 200); //$NON-NLS-1$
		case "WF" -> new RGB(235, 110, 110); //$NON-NLS-1$
		case "H" -> new RGB(250, 230, 110); //$NON-NLS-1$
		case "D", "PW" -> new RGB(250, 170, 80); //$NON-NLS-1$ //$NON-NLS-2$
		case "TR" -> new RGB(130, 170, 240); //$NON-NLS-1$
		case "/" -> new RGB(190, 190, 190); //$NON-NLS-1$
		case "FT", "R" -> new RGB(210, 190, 240); //$NON-NLS-1$ //$NON-NLS-2$
		case "M" -> new RGB(220, 220, 220); //$NON-NLS-1$
		default -> null;
		};
		return rgb == null ? null : colour(rgb);
	}

	/** The background of a column without shooting. */
	Color off() {
		return colour(new RGB(225, 225, 225));
	}

	private Color colour(RGB rgb) {
		return cache.computeIfAbsent(rgb, c -> resources.create(ColorDescriptor.createFrom(c)));
	}
}
