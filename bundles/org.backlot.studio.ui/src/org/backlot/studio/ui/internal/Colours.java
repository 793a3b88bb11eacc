// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

import org.backlot.model.studio.BookingPurpose;
import org.eclipse.swt.graphics.RGB;

/**
 * The colours of bookings: each production its own hue (the same in every
 * view and session, from its id), shot days at full strength, prep, strike,
 * holds and stays lighter, so that a bar reads as "whose, and what for".
 */
public final class Colours {
	private static final RGB[] PRODUCTIONS = { new RGB(0x1e, 0x88, 0xe5), new RGB(0x8e, 0x24, 0xaa), new RGB(0x00, 0x89, 0x7b),
			new RGB(0xf4, 0x51, 0x1e), new RGB(0x6d, 0x4c, 0x41), new RGB(0x3f, 0x51, 0xb5), new RGB(0xc0, 0xca, 0x33),
			new RGB(0xd8, 0x1b, 0x60), new RGB(0x43, 0xa0, 0x47), new RGB(0xff, 0xa0, 0x00), new RGB(0x54, 0x6e, 0x7a),
			new RGB(0x00, 0xac, 0xc1) };
	/** Outline of a booking in conflict. */
	public static final RGB CONFLICT = new RGB(0xe5, 0x39, 0x35);
	/** Selection frame. */
	public static final RGB SELECTION = new RGB(0x21, 0x21, 0x21);

	private Colours() {
	}

	/** The hue of a booking's production: by its title (the same in every booking of a production, whoever made it), else its id. */
	public static RGB production(org.backlot.model.studio.Booking b) {
		return production(b.getProductionTitle() != null && !b.getProductionTitle().isBlank() ? b.getProductionTitle() : b.getProductionId());
	}

	/** The hue of a production by its title (or id). */
	public static RGB production(String idOrTitle) {
		int h = idOrTitle == null ? 0 : idOrTitle.hashCode();
		return PRODUCTIONS[Math.floorMod(h * 31 + (h >>> 16), PRODUCTIONS.length)];
	}

	/** A booking's fill: the production's hue, lighter for everything but shoot days and uses. */
	public static RGB booking(org.backlot.model.studio.Booking b) {
		RGB base = production(b);
		BookingPurpose purpose = b.getPurpose();
		return lighten(base, purpose == null ? 0 : switch (purpose) {
		case SHOOT, USE -> 0;
		case FITTING, STAY -> 0.25;
		case PREP, STRIKE -> 0.45;
		case HOLD -> 0.65;
		});
	}

	/** Whether text on the colour should be white. */
	public static boolean dark(RGB c) {
		return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue < 150;
	}

	/** The colour mixed with white by {@code amount} (0: as it is, 1: white). */
	public static RGB lighten(RGB c, double amount) {
		return new RGB(mix(c.red, amount), mix(c.green, amount), mix(c.blue, amount));
	}

	private static int mix(int v, double a) {
		return (int) Math.round(v + (255 - v) * a);
	}
}
