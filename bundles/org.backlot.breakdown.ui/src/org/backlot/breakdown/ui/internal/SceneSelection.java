// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** Publishes the scene a view is on to the workbench selection (so every view follows it). */
final class SceneSelection implements ISelectionProvider {
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection current = StructuredSelection.EMPTY;

	void set(Object o) {
		current = o == null ? StructuredSelection.EMPTY : new StructuredSelection(o);
		SelectionChangedEvent e = new SelectionChangedEvent(this, current);
		for (ISelectionChangedListener l : listeners) {
			l.selectionChanged(e);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return current;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection selection) {
		current = selection;
	}
}
