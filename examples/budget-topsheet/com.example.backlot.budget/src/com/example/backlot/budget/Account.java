// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.util.List;

/**
 * One account of the top-sheet with its lines.
 *
 * @param key   stable key: cast, background, crew, stages, locations, vehicles, props, wardrobe, sfx, housing, permits
 * @param label the account's name
 * @param basis the account's basis in words, or why it is zero
 * @param lines what it is made of
 */
public record Account(String key, String label, String basis, List<Line> lines) {
	/** Account keys, in top-sheet order. */
	public static final String CAST = "cast", BACKGROUND = "background", CREW = "crew", STAGES = "stages", LOCATIONS = "locations", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			VEHICLES = "vehicles", PROPS = "props", WARDROBE = "wardrobe", SFX = "sfx", HOUSING = "housing", PERMITS = "permits"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** An account; the lines are copied. */
	public Account {
		lines = List.copyOf(lines);
	}

	/** The sum of the lines. */
	public double amount() {
		double sum = 0;
		for (Line l : lines) {
			sum += l.amount();
		}
		return sum;
	}

	/** The sum of the lines' quantities. */
	public double quantity() {
		double sum = 0;
		for (Line l : lines) {
			sum += l.quantity();
		}
		return sum;
	}

	/** The rate every line shares, or NaN when the lines differ or have none. */
	public double rate() {
		double rate = Double.NaN;
		for (Line l : lines) {
			if (!l.hasRate() || !Double.isNaN(rate) && rate != l.rate()) {
				return Double.NaN;
			}
			rate = l.rate();
		}
		return rate;
	}
}
