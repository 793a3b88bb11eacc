// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A view's selection provider for views without a JFace viewer (a canvas, a
 * text page): the view publishes what it is on, so that every other view
 * follows; a selection set from outside goes to the view, or is just kept.
 */
public final class SelectionPublisher implements ISelectionProvider {
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final Consumer<ISelection> setter;
	private ISelection current = StructuredSelection.EMPTY;

	/** A publisher that keeps a selection set from outside. */
	public SelectionPublisher() {
		this(null);
	}

	/** A publisher that hands a selection set from outside to the view ({@code setter}; null: keep it). */
	public SelectionPublisher(Consumer<ISelection> setter) {
		this.setter = setter;
	}

	/** Publishes these objects (none: an empty selection) to the listeners. */
	public void publish(List<?> objects) {
		current = objects.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(objects);
		SelectionChangedEvent event = new SelectionChangedEvent(this, current);
		for (ISelectionChangedListener l : listeners) {
			l.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return current;
	}

	@Override
	public void setSelection(ISelection selection) {
		if (setter != null) {
			setter.accept(selection);
		} else {
			current = selection;
		}
	}
}
