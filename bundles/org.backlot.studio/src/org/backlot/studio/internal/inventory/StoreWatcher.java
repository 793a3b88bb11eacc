// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import java.util.Collection;

import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * Listens to the studio's store list and to each item, and notes what changed
 * in the index; it is also how a studio finds its search again.
 */
public final class StoreWatcher extends AdapterImpl {
	private final Object owner;
	private final ItemIndex index;

	/** Watches for the owner (the search), noting changes in the index. */
	public StoreWatcher(Object owner, ItemIndex index) {
		this.owner = owner;
		this.index = index;
	}

	/** The search this watcher serves. */
	public Object owner() {
		return owner;
	}

	/** Starts watching the studio and its items. */
	public void attach(Studio s) {
		s.eAdapters().add(this);
		s.getInventory().forEach(i -> i.eAdapters().add(this));
	}

	/** Stops watching. */
	public void detach(Studio s) {
		s.eAdapters().remove(this);
		s.getInventory().forEach(i -> i.eAdapters().remove(this));
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == StoreWatcher.class;
	}

	@Override
	public void notifyChanged(Notification n) {
		if (n.isTouch()) {
			return;
		}
		if (n.getNotifier() instanceof InventoryItem i) {
			index.changed(i);
		} else if (n.getNotifier() instanceof Studio && n.getFeature() == StudioPackage.Literals.STUDIO__INVENTORY) {
			removed(n.getOldValue());
			added(n.getNewValue());
		}
	}

	private void added(Object value) {
		if (value instanceof InventoryItem i) {
			if (!i.eAdapters().contains(this)) {
				i.eAdapters().add(this);
			}
			index.changed(i);
		} else if (value instanceof Collection<?> c) {
			c.forEach(this::added);
		}
	}

	private void removed(Object value) {
		if (value instanceof InventoryItem i) {
			i.eAdapters().remove(this);
			index.changed(i);
		} else if (value instanceof Collection<?> c) {
			c.forEach(this::removed);
		}
	}
}
