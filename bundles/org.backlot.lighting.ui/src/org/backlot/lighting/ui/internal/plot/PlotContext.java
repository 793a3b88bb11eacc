// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.nio.file.Path;

import org.backlot.lighting.ui.internal.PreviewFeed;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.production.Production;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.edit.domain.EditingDomain;

/** What the plot's edit parts share: the production's document and the preview feed. */
final class PlotContext {
	private final PreviewFeed feed;

	/** A context over the feed. */
	PlotContext(PreviewFeed feed) {
		this.feed = feed;
	}

	/** The feed the plot pushes drag previews to. */
	PreviewFeed feed() {
		return feed;
	}

	/** The production's document, or null. */
	ProductionDocument document() {
		return feed.document();
	}

	/** The production, or null. */
	Production production() {
		return feed.production();
	}

	/** The editing domain whose command stack takes every change, or null. */
	EditingDomain domain() {
		return document() == null ? null : document().domain();
	}

	/** The folder file names are relative to, or null. */
	Path baseDir() {
		return Setups.baseDir(production());
	}
}
