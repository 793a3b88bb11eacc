// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import java.util.List;

import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.PlacedFixture;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * The lighting views' one source of what to show: the set-up chosen (by the
 * light plot's chooser or by selecting it anywhere), its compiled scene, rebuilt
 * after every model change, and a transient scene while something is being
 * dragged (a lamp, an aim, a dimmer) or a proposal is previewed. The preview and
 * the readouts listen here; the plot and the assistant push. UI thread only.
 */
public final class PreviewFeed {
	/** What the feed tells its listeners; every method has a default that does nothing. */
	public interface Listener {
		/** Another set-up (or none) is shown. */
		default void setupChanged(LightingSetup setup) {
		}

		/** The scene to show changed; {@code transientScene} while a drag or proposal is shown instead of the model. */
		default void sceneChanged(LightScene scene, boolean transientScene) {
		}

		/** The lamps of a proposal to draw as ghosts (empty: none). */
		default void ghostsChanged(List<PlacedFixture> ghosts) {
		}
	}

	private static final PreviewFeed INSTANCE = new PreviewFeed();
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private ProductionDocument document;
	private LightingSetup setup;
	private LightScene modelScene;
	private LightScene scene;
	private boolean transientScene;
	private String note;
	private List<PlacedFixture> ghosts = List.of();
	private String problem;
	private long generation;
	private boolean rebuildQueued;
	private final EContentAdapter watcher = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (!n.isTouch()) {
				queueRebuild();
			}
		}
	};

	private PreviewFeed() {
	}

	/** The feed of the workbench. */
	public static PreviewFeed get() {
		return INSTANCE;
	}

	/** Listens until removed. */
	public void addListener(Listener l) {
		listeners.add(l);
	}

	/** Stops telling the listener. */
	public void removeListener(Listener l) {
		listeners.remove(l);
	}

	/** Follows the active production (null: none); keeps the set-up when it belongs to it, else shows its first. */
	public void follow(ProductionDocument doc) {
		if (doc == document) {
			return;
		}
		if (production() != null) {
			production().eAdapters().remove(watcher);
		}
		document = doc;
		if (production() != null) {
			production().eAdapters().add(watcher);
		}
		LightingSetup next = Setups.belongs(setup, production()) ? setup : first();
		setup = null;
		show(next);
	}

	/** Shows a set-up of the followed production (ignored when it is another's). */
	public void select(LightingSetup s) {
		if (s != setup && (s == null || Setups.belongs(s, production()))) {
			show(s);
		}
	}

	private void show(LightingSetup s) {
		setup = s;
		ghosts = List.of();
		for (Listener l : listeners) {
			l.setupChanged(s);
			l.ghostsChanged(ghosts);
		}
		rebuild();
	}

	/** Shows a scene instead of the model's until {@link #endPreview()} or the next model change; {@code why} says what it is ("Dragging"). */
	public void preview(LightScene transientOne, String why) {
		if (transientOne == null) {
			return;
		}
		scene = transientOne;
		transientScene = true;
		note = why;
		fire();
	}

	/** Back to the model's scene after a drag or a proposal. */
	public void endPreview() {
		if (transientScene) {
			scene = modelScene;
			transientScene = false;
			fire();
		}
	}

	/** Back to the model's scene once the events queued now have run, unless a model change (a drop) replaces it first. */
	public void endPreviewSoon() {
		Display.getDefault().asyncExec(() -> {
			if (!rebuildQueued) {
				endPreview();
			}
		});
	}

	/** Draws a proposal's lamps as ghosts in the plot (empty: none). */
	public void showGhosts(List<PlacedFixture> lamps) {
		ghosts = List.copyOf(lamps);
		for (Listener l : listeners) {
			l.ghostsChanged(ghosts);
		}
	}

	/** Rebuilds the model's scene now (normally done after each change, coalesced). */
	public void rebuild() {
		rebuildQueued = false;
		if (setup != null && !Setups.belongs(setup, production())) {
			// the set-up was deleted (or its creation undone): show another
			show(first());
			return;
		}
		if (setup == null && production() != null && !Setups.of(production()).isEmpty()) {
			show(first());
			return;
		}
		problem = null;
		try {
			modelScene = setup == null ? null : LightScene.of(setup, Setups.baseDir(production()));
		} catch (RuntimeException e) {
			modelScene = null;
			problem = e.toString();
		}
		scene = modelScene;
		transientScene = false;
		fire();
	}

	private void fire() {
		generation++;
		for (Listener l : listeners) {
			l.sceneChanged(scene, transientScene);
		}
	}

	private void queueRebuild() {
		if (rebuildQueued) {
			return;
		}
		rebuildQueued = true;
		Display.getDefault().asyncExec(() -> {
			if (rebuildQueued) {
				rebuild();
			}
		});
	}

	private LightingSetup first() {
		List<LightingSetup> all = Setups.of(production());
		return all.isEmpty() ? null : all.get(0);
	}

	/** The followed production's document, or null. */
	public ProductionDocument document() {
		return document;
	}

	/** The followed production, or null. */
	public Production production() {
		return document == null ? null : document.production();
	}

	/** The set-up shown, or null. */
	public LightingSetup setup() {
		return setup;
	}

	/** The scene to show (transient or the model's), or null without a set-up. */
	public LightScene scene() {
		return scene;
	}

	/** The model's scene, or null. */
	public LightScene modelScene() {
		return modelScene;
	}

	/** Whether the scene shown is a drag's or a proposal's rather than the model's. */
	public boolean isTransient() {
		return transientScene;
	}

	/** What the transient scene shows ("Dragging", "Proposal, not applied"), or null for the model's. */
	public String note() {
		return transientScene ? note : null;
	}

	/** The proposal lamps drawn as ghosts. */
	public List<PlacedFixture> ghosts() {
		return ghosts;
	}

	/** Why the set-up could not be compiled, or null. */
	public String problem() {
		return problem;
	}

	/** A counter that moves on with every scene the feed hands out. */
	public long generation() {
		return generation;
	}
}
