// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Category colours ("#rrggbb") as SWT colours, full and as a light tint for highlights; freed with the view. */
final class Colours {
	private final LocalResourceManager resources;

	Colours(LocalResourceManager resources) {
		this.resources = resources;
	}

	/** The colour itself (grey when unreadable). */
	Color full(String hex) {
		return resources.create(ColorDescriptor.createFrom(rgb(hex)));
	}

	/** A light tint of it, for text backgrounds. */
	Color tint(String hex) {
		RGB c = rgb(hex);
		return resources.create(ColorDescriptor.createFrom(new RGB(mix(c.red), mix(c.green), mix(c.blue))));
	}

	private static int mix(int v) {
		return v + (255 - v) * 7 / 10;
	}

	static RGB rgb(String hex) {
		try {
			int v = Integer.parseInt(hex.substring(1), 16);
			return new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
		} catch (RuntimeException e) {
			return new RGB(0x75, 0x75, 0x75);
		}
	}
}
