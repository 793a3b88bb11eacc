// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.assistant;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.production.Production;
import org.eclipse.osgi.util.NLS;

/** The looks the assistant offers: the built-in presets, then the production's own looks. */
final class LookChoices {
	/** A look as offered: its label and targets. */
	record Choice(String label, LookTarget target, Look look) {
	}

	/** The stops offered (any other may be typed). */
	static final String[] STOPS = { "1.4", "2", "2.8", "4", "5.6", "8", "11", "16" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	/** The ISOs offered (any other may be typed). */
	static final String[] ISOS = { "200", "400", "800", "1600", "3200" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private LookChoices() {
	}

	/** A number as typed ("T2.8", "2,8", "800"), or {@code fallback} when there is none above 0. */
	static double number(String text, double fallback) {
		try {
			double v = Double.parseDouble(text.trim().replace(',', '.').replaceFirst("^[Tt]", "")); //$NON-NLS-1$ //$NON-NLS-2$
			return v > 0 ? v : fallback;
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	/** A number without a needless ".0". */
	static String trim(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}

	/** Every look to choose from. */
	static List<Choice> of(Production p) {
		List<Choice> out = new ArrayList<>();
		for (LookTarget t : Looks.presets()) {
			out.add(new Choice(t.name(), t, null));
		}
		if (p != null && p.getLighting() != null) {
			for (Look l : p.getLighting().getLooks()) {
				LookTarget t = Looks.of(l);
				out.add(new Choice(NLS.bind(Messages.productionLook, t.name()), t, l));
			}
		}
		return out;
	}

	/** The index of the look a set-up asks for (its own look, else the first preset). */
	static int initial(List<Choice> choices, LightingSetup setup) {
		if (setup != null && setup.getLook() != null) {
			for (int i = 0; i < choices.size(); i++) {
				if (choices.get(i).look() == setup.getLook()) {
					return i;
				}
			}
		}
		return choices.isEmpty() ? -1 : 0;
	}
}
