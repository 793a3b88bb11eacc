// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.api;

import org.backlot.model.production.Production;
import org.backlot.ui.internal.editor.EditorModel;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * A view over the active production (the last activated editor that adapts to
 * {@link ProductionDocument}): it is told when the production changes and,
 * coalesced on the UI thread, when the model changes under it, whatever view
 * or command changed it.
 */
public abstract class ProductionViewPart extends ViewPart implements ITabbedPropertySheetPageContributor {
	private ProductionDocument document;
	private boolean refreshQueued;
	private final EContentAdapter listener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (!n.isTouch()) {
				queueRefresh();
			}
		}
	};
	private boolean disposed;
	private ISelectionListener selectionListener;
	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref instanceof IEditorReference) {
				// once the close is over, follow whichever editor is active then (or none)
				Display display = getSite().getShell().getDisplay();
				display.asyncExec(() -> {
					if (!disposed && !display.isDisposed()) {
						IEditorPart active = getSite().getPage().getActiveEditor();
						setDocument(active == null ? null : documentOf(active));
					}
				});
			}
		}
	};

	private void follow(IWorkbenchPart part) {
		if (part instanceof IEditorPart editor) {
			ProductionDocument d = documentOf(editor);
			if (d != null) {
				setDocument(d);
			}
		}
	}

	private static ProductionDocument documentOf(IEditorPart editor) {
		ProductionDocument d = editor.getAdapter(ProductionDocument.class);
		return d != null && d.production() != null ? d : null;
	}

	/** Call at the end of {@code createPartControl}: starts tracking the active production. */
	protected final void startTracking() {
		getSite().getPage().addPartListener(parts);
		IEditorPart active = getSite().getPage().getActiveEditor();
		ProductionDocument d = active == null ? null : documentOf(active);
		setDocument(d);
	}

	/**
	 * Points Edit > Undo and Redo, while this view is active, at the command
	 * stack of {@code doc}'s editor (none when null); for views that take the
	 * keyboard, such as diagrams.
	 */
	protected final void undoRedoFor(ProductionDocument doc) {
		ProductionEditor editor = null;
		for (IEditorReference ref : doc == null ? new IEditorReference[0] : getSite().getPage().getEditorReferences()) {
			if (ref.getEditor(false) instanceof ProductionEditor e && e.model() == doc) {
				editor = e;
				break;
			}
		}
		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.stackActions().undo());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.stackActions().redo());
		bars.updateActionBars();
	}

	/**
	 * Follows what is selected in other parts (post-selection, so that a quick
	 * run of arrow keys gives one update); removed with the view.
	 */
	protected final void followSelection(ISelectionListener listener) {
		selectionListener = (part, selection) -> {
			if (part != this) {
				listener.selectionChanged(part, selection);
			}
		};
		getSite().getPage().addPostSelectionListener(selectionListener);
	}

	/** The active production's document, or null. */
	public final ProductionDocument document() {
		return document;
	}

	/** The active production, or null. */
	public final Production production() {
		return document == null ? null : document.production();
	}

	/** Runs a change as one undoable command on the production's command stack. */
	public final void edit(String label, Runnable change) {
		if (document != null) {
			ModelEdits.run(document, label, change);
		}
	}

	/** The active production changed (null: none open); show it. By default, refreshes. */
	protected void show(ProductionDocument doc) {
		refresh();
	}

	/** The model changed; called once per burst of changes, on the UI thread. */
	protected abstract void refresh();

	private void setDocument(ProductionDocument d) {
		if (d == document) {
			return;
		}
		if (production() != null) {
			production().eAdapters().remove(listener);
		}
		document = d;
		if (production() != null) {
			production().eAdapters().add(listener);
		}
		show(d);
	}

	private void queueRefresh() {
		if (refreshQueued) {
			return;
		}
		refreshQueued = true;
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			refreshQueued = false;
			if (!display.isDisposed() && document != null) {
				refresh();
			}
		});
	}

	@Override
	public String getContributorId() {
		return BacklotUi.PROPERTIES_CONTRIBUTOR;
	}

	/**
	 * Backlot's tabbed Properties page for what the view selects, and the
	 * open production for the page's sections; undo and redo there go to the
	 * production's command stack.
	 */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new TabbedPropertySheetPage(this));
		}
		if (adapter == EditorModel.class) {
			return document instanceof EditorModel m ? adapter.cast(m) : null;
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		disposed = true;
		getSite().getPage().removePartListener(parts);
		if (selectionListener != null) {
			getSite().getPage().removePostSelectionListener(selectionListener);
		}
		if (production() != null) {
			production().eAdapters().remove(listener);
		}
		super.dispose();
	}
}
