// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/** An edit part that listens to its model objects while it is active and reacts to every change but a touch. */
public abstract class ModelPart extends AbstractGraphicalEditPart {
	private final List<Notifier> watched = new ArrayList<>();
	private final Adapter listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification n) {
			if (!n.isTouch() && isActive()) {
				changed();
			}
		}
	};

	/** The objects whose changes show on this part (nulls are skipped, each is listened to once). */
	protected abstract List<Notifier> notifiers();

	/** Reacts to a change of a watched object. */
	protected abstract void changed();

	/** Listens to the notifiers anew (after a change that may have replaced some). */
	protected void rewatch() {
		unwatch();
		for (Notifier n : notifiers()) {
			if (n != null && !watched.contains(n)) {
				n.eAdapters().add(listener);
				watched.add(n);
			}
		}
	}

	private void unwatch() {
		for (Notifier n : watched) {
			n.eAdapters().remove(listener);
		}
		watched.clear();
	}

	@Override
	public void activate() {
		super.activate();
		rewatch();
	}

	@Override
	public void deactivate() {
		unwatch();
		super.deactivate();
	}
}
