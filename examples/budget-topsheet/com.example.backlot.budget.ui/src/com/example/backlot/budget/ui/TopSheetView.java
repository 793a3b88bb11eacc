// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.ui;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.ui.api.Actions;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionViewPart;
import org.backlot.ui.api.SelectionPublisher;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;

import com.example.backlot.budget.Line;
import com.example.backlot.budget.Money;
import com.example.backlot.budget.RateCard;
import com.example.backlot.budget.TopSheet;
import com.example.backlot.budget.TopSheets;

/**
 * The budget top-sheet of the active production: each account with its basis,
 * rate and amount (expand an account for its lines), then subtotal,
 * contingency and total. It is priced again whenever the model or the rate
 * card changes; an actor's daily rate can be edited in place (one undoable command).
 */
public class TopSheetView extends ProductionViewPart {
	private EmptyState empty;
	private TreeViewer viewer;
	private Label notes;
	private TopSheet sheet;
	private ComposedAdapterFactory adapters;
	private AdapterFactoryLabelProvider icons;
	private final SelectionPublisher selection = new SelectionPublisher();
	private final IPreferenceChangeListener rates = e -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		empty = new EmptyState(parent, null);
		Composite body = new Composite(empty.parent(), SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		empty.content(body);
		viewer = new TreeViewer(body, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setComparer(SheetRows.COMPARER);
		viewer.setContentProvider(new SheetRows());
		adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		icons = new AdapterFactoryLabelProvider(adapters);
		SheetColumns.create(viewer, icons).setEditingSupport(new RateEditing());
		notes = new Label(body, SWT.WRAP);
		notes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		getSite().setSelectionProvider(selection);
		viewer.addSelectionChangedListener(e -> selection.publish(sources()));
		contributeActions();
		preferences().addPreferenceChangeListener(rates);
		startTracking();
	}

	@Override
	protected void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Production p = production();
		if (p == null) {
			sheet = null;
			viewer.setInput(null);
			empty.show(Messages.noProduction);
			return;
		}
		Object[] open = viewer.getExpandedElements();
		sheet = TopSheets.compute(p, RateCard.current());
		viewer.setInput(sheet);
		viewer.setExpandedElements(open);
		notes.setText(String.join("\n", sheet.notes())); //$NON-NLS-1$
		((GridData) notes.getLayoutData()).exclude = sheet.notes().isEmpty();
		notes.setVisible(!sheet.notes().isEmpty());
		notes.getParent().layout(true);
		empty.show(null);
	}

	private List<Object> sources() {
		List<Object> out = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			if (o instanceof Line l && l.source() != null) {
				out.add(l.source());
			}
		}
		return out;
	}

	/** Toolbar: Collapse All and Rate Card; the view menu: Expand All, Collapse All, Rate Card. */
	private void contributeActions() {
		Action expand = Actions.of(Messages.expandAll, () -> viewer.expandAll());
		Action collapse = Actions.of(Messages.collapseAll, () -> viewer.collapseAll());
		collapse.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_COLLAPSEALL));
		Action rateCard = Actions.of(Messages.rateCard, this::openRateCard);
		rateCard.setImageDescriptor(ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/budget.png").orElse(null)); //$NON-NLS-1$
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		bar.add(collapse);
		bar.add(rateCard);
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		menu.add(expand);
		menu.add(collapse);
		menu.add(rateCard);
	}

	private void openRateCard() {
		PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), BudgetUi.RATES_PAGE, new String[] { BudgetUi.RATES_PAGE }, null).open();
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(RateCard.PLUGIN_ID);
	}

	/** The sheet on show, or null (tests). */
	TopSheet sheet() {
		return sheet;
	}

	/** Whether the view says there is nothing to show (tests). */
	boolean showsEmptyState() {
		return empty.showsMessage();
	}

	/** The tree (tests). */
	TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		if (empty.showsMessage()) {
			empty.focusMessage();
		} else {
			viewer.getControl().setFocus();
		}
	}

	@Override
	public void dispose() {
		preferences().removePreferenceChangeListener(rates);
		if (icons != null) {
			icons.dispose();
			adapters.dispose();
		}
		super.dispose();
	}

	/** An actor's daily rate, edited in the Rate column: one undoable command; 0 goes back to the rate card. */
	private final class RateEditing extends EditingSupport {
		RateEditing() {
			super(viewer);
		}

		@Override
		protected boolean canEdit(Object element) {
			return element instanceof Line l && l.source() instanceof CastMember;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTree());
		}

		@Override
		protected Object getValue(Object element) {
			CastMember c = (CastMember) ((Line) element).source();
			return c.getDailyRate() > 0 ? Money.number(c.getDailyRate()) : ""; //$NON-NLS-1$
		}

		@Override
		protected void setValue(Object element, Object value) {
			setDailyRate((CastMember) ((Line) element).source(), String.valueOf(value));
		}
	}

	/** Sets an actor's daily rate from what was typed (empty: back to the rate card) as one command; false when it is not an amount. */
	boolean setDailyRate(CastMember c, String typed) {
		String text = typed.trim();
		Double rate = text.isEmpty() ? Double.valueOf(0) : RateCard.parse(text);
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(rate == null ? NLS.bind(Messages.notAnAmount, text) : null);
		if (rate != null && rate != c.getDailyRate()) {
			edit(NLS.bind(Messages.setDailyRate, c.getName()), () -> c.setDailyRate(rate));
		}
		return rate != null;
	}
}
