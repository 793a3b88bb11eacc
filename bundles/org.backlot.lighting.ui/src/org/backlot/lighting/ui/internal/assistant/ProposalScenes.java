// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.assistant;

import java.nio.file.Path;
import java.util.List;

import org.backlot.lighting.api.Assistant;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.ui.internal.PreviewFeed;
import org.backlot.lighting.ui.internal.Scenes;
import org.backlot.model.lighting.LightingSetup;

/** The scene a proposal would give, for the preview before it is applied: its lamps put into a detached copy of the set-up as applying would. */
final class ProposalScenes {
	private ProposalScenes() {
	}

	/** Shows a proposal before it is applied: its lamps as ghosts in the plot, its scene in the preview and readouts. */
	static void show(PreviewFeed feed, LightingSetup setup, Proposal proposal, Path baseDir) {
		feed.showGhosts(proposal.fixtures());
		try {
			feed.preview(of(setup, proposal, baseDir), Messages.noteProposal);
		} catch (RuntimeException e) {
			// the ghosts still show the proposal
		}
	}

	/** Stops showing a proposal. */
	static void clear(PreviewFeed feed) {
		feed.showGhosts(List.of());
		feed.endPreview();
	}

	/** The scene of the set-up with the proposal applied (to a copy; the model is not touched). */
	static LightScene of(LightingSetup setup, Proposal proposal, Path baseDir) {
		return Scenes.withSetup(setup, copy -> apply(copy, proposal), baseDir);
	}

	/** Does to a copy what applying does to the set-up: its practicals and LED-volume lamps stay, the rest give way to the proposal's. */
	private static void apply(LightingSetup copy, Proposal proposal) {
		copy.getFixtures().removeIf(f -> !Assistant.stays(f));
		copy.getFixtures().addAll(Assistant.lamps(proposal));
	}
}
