// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
 * A publisher with a source reads the view's selection live instead (a
 * diagram whose viewer knows what is selected).
 */
public final class SelectionPublisher implements ISelectionProvider {
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final Consumer<ISelection> setter;
	private final Supplier<? extends List<?>> source;
	private ISelection current = StructuredSelection.EMPTY;

	/** A publisher that keeps a selection set from outside. */
	public SelectionPublisher() {
		this(null);
	}

	/** A publisher that hands a selection set from outside to the view ({@code setter}; null: keep it). */
	public SelectionPublisher(Consumer<ISelection> setter) {
		this(null, setter);
	}

	/** A publisher whose selection is what {@code source} gives when asked (null: what was published last), and that hands a selection set from outside to {@code setter}. */
	public SelectionPublisher(Supplier<? extends List<?>> source, Consumer<ISelection> setter) {
		this.source = source;
		this.setter = setter;
	}

	/** Publishes what the source gives now to the listeners. */
	public void publish() {
		publish(source.get());
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
		if (source != null) {
			List<?> objects = source.get();
			return objects.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(objects);
		}
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
