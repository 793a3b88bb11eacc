// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;

/** Gives the workbench the selected elements (model objects), not the element view's rows. */
final class ElementSelection implements ISelectionProvider {
	private final TableViewer viewer;

	ElementSelection(TableViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public ISelection getSelection() {
		return convert(viewer.getSelection());
	}

	@Override
	public void setSelection(ISelection selection) {
		// the view's own selection only
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener l) {
		viewer.addSelectionChangedListener(new Wrapped(l, this));
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener l) {
		viewer.removeSelectionChangedListener(new Wrapped(l, this));
	}

	static ISelection convert(ISelection s) {
		List<Object> out = new ArrayList<>();
		if (s instanceof IStructuredSelection ss) {
			for (Object o : ss) {
				out.add(o instanceof ElementsView.Row r ? r.element() : o);
			}
		}
		return new StructuredSelection(out);
	}

	/** A listener that receives converted selections; equal when it wraps the same listener. */
	private record Wrapped(ISelectionChangedListener listener, ISelectionProvider source) implements ISelectionChangedListener {
		@Override
		public void selectionChanged(SelectionChangedEvent event) {
			listener.selectionChanged(new SelectionChangedEvent(source, convert(event.getSelection())));
		}
	}
}
