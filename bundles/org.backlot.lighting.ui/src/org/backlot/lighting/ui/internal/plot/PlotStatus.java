// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.util.Locale;

import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.ui.internal.PreviewFeed;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingSetup;
import org.eclipse.osgi.util.NLS;

/** The line above the plot: how many lamps, how many on, their power, and the first thing that could not be placed. */
final class PlotStatus {
	private PlotStatus() {
	}

	/** The status of a set-up, with the feed's problems. */
	static String of(LightingSetup s, PreviewFeed feed) {
		double watts = 0;
		int on = 0;
		for (Fixture f : s.getFixtures()) {
			if (!f.isOff() && f.getType() != null) {
				watts += f.getType().getPowerW();
				on++;
			}
		}
		String text = NLS.bind(Messages.status, new Object[] { s.getFixtures().size(), on, String.format(Locale.ROOT, "%.1f", watts / 1000) }); //$NON-NLS-1$
		LightScene scene = feed.modelScene();
		if (feed.problem() != null) {
			text += "  \u26a0 " + feed.problem(); //$NON-NLS-1$
		} else if (scene != null && !scene.problems().isEmpty()) {
			text += "  \u26a0 " + scene.problems().get(0); //$NON-NLS-1$
		}
		return text;
	}
}
