// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.SelectionPublisher;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;

/**
 * A floor plan's scrolling, zoomable GEF viewer as a view holds it: its edit
 * domain runs every command on the production's command stack, and its
 * selection reaches the workbench as the model objects behind the selected
 * parts.
 */
public final class PlanViewer {
	private final ScrollingGraphicalViewer viewer = new ScrollingGraphicalViewer();
	private final ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
	private final DefaultEditDomain domain = new DefaultEditDomain(null);
	private SelectionPublisher selection;

	/** A viewer in the parent whose parts come from the factory and whose commands go to the supplied production's stack. */
	public PlanViewer(Composite parent, EditPartFactory factory, Supplier<ProductionDocument> document) {
		viewer.createControl(parent);
		viewer.setRootEditPart(root);
		viewer.setEditPartFactory(factory);
		domain.setCommandStack(new ForwardingCommandStack(document));
		domain.addViewer(viewer);
	}

	/** The GEF viewer. */
	public ScrollingGraphicalViewer viewer() {
		return viewer;
	}

	/** The edit domain (for a palette). */
	public DefaultEditDomain domain() {
		return domain;
	}

	/** The zoom of the diagram. */
	public ZoomManager zoom() {
		return root.getZoomManager();
	}

	/**
	 * The selection for the workbench: the model objects behind the selected
	 * parts (GEF's contents part when none is selected), read live; a selection
	 * set from outside selects those objects' selectable parts.
	 */
	public ISelectionProvider selection() {
		if (selection == null) {
			selection = new SelectionPublisher(this::selectedModels, this::select);
			viewer.addSelectionChangedListener(e -> selection.publish());
		}
		return selection;
	}

	private List<Object> selectedModels() {
		List<Object> models = new ArrayList<>();
		if (viewer.getSelection() instanceof IStructuredSelection ss) {
			for (Object o : ss.toList()) {
				if (o instanceof EditPart part && part.getModel() != null) {
					models.add(part.getModel());
				}
			}
		}
		return models;
	}

	private void select(ISelection objects) {
		List<EditPart> parts = new ArrayList<>();
		if (objects instanceof IStructuredSelection ss) {
			for (Object o : ss.toList()) {
				if (viewer.getEditPartRegistry().get(o) instanceof EditPart p && p.isSelectable()) {
					parts.add(p);
				}
			}
		}
		viewer.setSelection(new StructuredSelection(parts));
	}

	/** The model shown, or null. */
	public Object shown() {
		EditPart contents = viewer.getContents();
		return contents == null ? null : contents.getModel();
	}

	/** Shows a model: new contents when it is not the one shown (returns true), else refreshes the contents and their children. */
	public boolean show(Object model) {
		EditPart contents = viewer.getContents();
		if (contents == null || contents.getModel() != model) {
			viewer.setContents(model);
			return true;
		}
		contents.refresh();
		for (Object child : contents.getChildren()) {
			((EditPart) child).refresh();
		}
		return false;
	}

	/** Shows nothing. */
	public void clear() {
		if (viewer.getContents() != null) {
			viewer.setContents((EditPart) null);
		}
	}

	/** The viewer or its zoom for a view's {@code getAdapter}, else null. */
	public <T> T adapter(Class<T> type) {
		if (type == GraphicalViewer.class) {
			return type.cast(viewer);
		}
		if (type == ZoomManager.class) {
			return type.cast(zoom());
		}
		return null;
	}
}
