// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import org.backlot.model.lighting.LightingSetup;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;

/**
 * A view of the Previs Lighting perspective: it follows the active production
 * and the set-up shown through the {@link PreviewFeed}, choosing the set-up of
 * whatever is selected elsewhere (a set-up, a lamp, a camera set-up, a shot);
 * Undo and Redo are the production's.
 */
public abstract class LightingViewPart extends ProductionViewPart implements PreviewFeed.Listener {
	private boolean listening;

	/** The feed of the workbench. */
	protected final PreviewFeed feed() {
		return PreviewFeed.get();
	}

	/** Call at the end of {@code createPartControl}: starts following the production, the selection and the feed. */
	protected final void startFollowing() {
		feed().addListener(this);
		listening = true;
		followSelection(this::selected);
		startTracking();
		ISelection current = getSite().getPage().getSelection();
		if (current != null) {
			selected(null, current);
		}
	}

	private void selected(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
			LightingSetup setup = Setups.covers(feed().setup(), s.getFirstElement()) ? null : Setups.forSelection(production(), s.getFirstElement());
			if (setup != null) {
				feed().select(setup);
			}
			selectionChanged(s);
		}
	}

	/** Something was selected in another view (override to follow more than the set-up). */
	protected void selectionChanged(IStructuredSelection selection) {
	}

	@Override
	protected final void show(ProductionDocument doc) {
		undoRedoFor(doc);
		feed().follow(doc);
		refresh();
	}


	/** The set-up shown, or null. */
	public final LightingSetup setup() {
		return feed().setup() != null && Setups.belongs(feed().setup(), production()) ? feed().setup() : null;
	}

	@Override
	public void dispose() {
		if (listening) {
			feed().removeListener(this);
		}
		super.dispose();
	}
}
