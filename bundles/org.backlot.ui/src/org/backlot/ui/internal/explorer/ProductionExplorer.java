// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.explorer;

import org.backlot.ui.api.BacklotUi;
import org.backlot.ui.internal.ActiveProduction;
import org.backlot.ui.internal.Messages;
import org.backlot.ui.internal.editor.EditorModel;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.action.DeleteAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The Production Explorer: everything in the active production and its studio
 * (script and scenes, breakdown, shots, boards, lighting, permits, stages,
 * inventory, extras...), with the item providers' icons. Selecting here feeds
 * the Properties view; Delete, Undo and Redo act on the production's command stack.
 */
public class ProductionExplorer extends ViewPart implements ITabbedPropertySheetPageContributor {
	/** The view's id. */
	public static final String ID = "org.backlot.ui.views.explorer"; //$NON-NLS-1$

	private Composite stack;
	private StackLayout layout;
	private Label empty;
	private TreeViewer viewer;
	private ProductionEditor editor;
	private ActiveProduction active;
	private DeleteAction delete;

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);
		empty = new Label(stack, SWT.WRAP);
		empty.setText(Messages.explorerEmpty);
		viewer = new TreeViewer(stack, SWT.MULTI | SWT.VIRTUAL | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(e -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			viewer.setExpandedState(first, !viewer.getExpandedState(first));
		});
		active = new ActiveProduction(getSite().getPage(), this::show);
	}

	/** Shows the production of an editor, or the empty state for null. */
	void show(ProductionEditor next) {
		editor = next;
		IActionBars bars = getViewSite().getActionBars();
		if (editor == null) {
			if (viewer.getContentProvider() != null) {
				viewer.setInput(null);
			}
			layout.topControl = empty;
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), null);
		} else {
			EditorModel model = editor.model();
			viewer.setContentProvider(new ExplorerContent(model.adapters()));
			viewer.setLabelProvider(new ModelLabels(model.adapters()));
			viewer.setInput(model.domain().getResourceSet());
			viewer.expandToLevel(2);
			layout.topControl = viewer.getControl();
			if (delete == null) {
				// created with the first production: EMF.Edit's UI is not loaded at start-up for an empty explorer
				delete = new DeleteAction(true);
				viewer.addSelectionChangedListener(delete);
				MenuManager menu = new MenuManager();
				menu.setRemoveAllWhenShown(true);
				menu.addMenuListener(m -> ExplorerMenu.fill(m, viewer, viewer.getStructuredSelection(), editor == null ? null : editor.model().domain(), delete,
						editor.stackActions().undo(), editor.stackActions().redo()));
				viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
			}
			delete.setEditingDomain(model.domain());
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.stackActions().undo());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.stackActions().redo());
			bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		}
		bars.updateActionBars();
		stack.layout();
	}

	@Override
	public String getContributorId() {
		return BacklotUi.PROPERTIES_CONTRIBUTOR;
	}

	/** Selects an object of the production in the tree. */
	public void reveal(EObject object) {
		viewer.setSelection(new StructuredSelection(object), true);
	}

	/** For tests: the tree. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		layout.topControl.setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new TabbedPropertySheetPage(this));
		}
		if (adapter == EditorModel.class) {
			// the tabs ask for the production active now, so the page outlives production switches
			return editor == null ? null : adapter.cast(editor.model());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		active.dispose();
		super.dispose();
	}
}
