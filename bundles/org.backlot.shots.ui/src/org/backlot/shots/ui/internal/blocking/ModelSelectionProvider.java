// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The view's selection for the workbench: the model objects (set-ups, marks,
 * pieces, lights, the plan) behind the diagram's selected edit parts, so
 * that the Properties view shows them.
 */
final class ModelSelectionProvider implements ISelectionProvider, ISelectionChangedListener {
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final EditPartViewer viewer;

	/** Follows the viewer's selection. */
	ModelSelectionProvider(EditPartViewer viewer) {
		this.viewer = viewer;
		viewer.addSelectionChangedListener(this);
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
		List<Object> models = new ArrayList<>();
		ISelection s = viewer.getSelection();
		if (s instanceof IStructuredSelection ss) {
			for (Object o : ss.toList()) {
				if (o instanceof EditPart part && part.getModel() != null) {
					models.add(part.getModel());
				}
			}
		}
		return models.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(models);
	}

	@Override
	public void setSelection(ISelection selection) {
		List<EditPart> parts = new ArrayList<>();
		if (selection instanceof IStructuredSelection ss) {
			for (Object o : ss.toList()) {
				Object part = viewer.getEditPartRegistry().get(o);
				if (part instanceof EditPart p && p.isSelectable()) {
					parts.add(p);
				}
			}
		}
		viewer.setSelection(new StructuredSelection(parts));
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		SelectionChangedEvent out = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener l : listeners) {
			l.selectionChanged(out);
		}
	}
}
