// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** Publishes the stripboard's selected scenes (or the selected day break) to the workbench, so that other views follow. */
final class SceneSelectionProvider implements ISelectionProvider {
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	private final java.util.function.Consumer<ISelection> setter;

	/** A provider that hands {@link #setSelection} to the given setter (the canvas). */
	SceneSelectionProvider(java.util.function.Consumer<ISelection> setter) {
		this.setter = setter;
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
		return selection;
	}

	@Override
	public void setSelection(ISelection s) {
		setter.accept(s);
	}

	/** Publishes these objects as the selection. */
	void publish(List<?> objects) {
		selection = objects.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(objects);
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener l : listeners) {
			l.selectionChanged(event);
		}
	}
}
