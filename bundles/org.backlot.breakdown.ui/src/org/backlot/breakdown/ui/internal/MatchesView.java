// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.backlot.breakdown.api.InventoryMatcher;
import org.backlot.model.breakdown.Element;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Studio;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.backlot.ui.api.TableColumns;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The studio store's items that could serve the selected prop, costume,
 * vehicle or weapon, best first with a score and why; "Use" links the element
 * to an item (undoably).
 */
public class MatchesView extends ProductionViewPart {
	private static final int CANDIDATES = 20;
	private Label heading;
	private TableViewer viewer;
	private Button use;
	private EmptyState empty;
	private Element element;
	private InventoryMatcher matcher;
	private Studio matcherStudio;

	@Override
	public void createPartControl(Composite parent) {
		empty = new EmptyState(parent, () -> ImportScriptHandler.openWizard(parent.getShell()));
		Composite body = new Composite(empty.parent(), SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		empty.content(body);
		heading = new Label(body, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		use = new Button(body, SWT.PUSH);
		use.setText(Messages.useItem);
		use.addListener(SWT.Selection, e -> useSelected());
		viewer = new TableViewer(body, SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.columnScore, 52, c -> Math.round(c.score() * 100) + "%"); //$NON-NLS-1$
		column(Messages.columnCode, 80, c -> c.item().getCode());
		column(Messages.columnName, 170, c -> Labels.chinese() ? c.item().getNameZh() + " / " + c.item().getNameEn() //$NON-NLS-1$
				: c.item().getNameEn() + " / " + c.item().getNameZh()); //$NON-NLS-1$
		column(Messages.columnPeriod, 120, c -> c.item().getPeriod());
		column(Messages.columnCondition, 70, c -> c.item().getCondition() == null ? "" : c.item().getCondition().getName()); //$NON-NLS-1$
		column(Messages.columnWhy, 120, InventoryMatcher.Candidate::reason);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(e -> useSelected());
		followSelection(this::follow);
		startTracking();
	}

	private void column(String title, int width, Function<InventoryMatcher.Candidate, String> text) {
		TableColumns.text(viewer, InventoryMatcher.Candidate.class, title, width, text);
	}

	@Override
	protected void show(ProductionDocument doc) {
		element = null;
		matcher = null;
		refresh();
	}

	@Override
	protected void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (production() == null) {
			empty.show(Messages.noProduction);
			return;
		}
		if (production().getStudio() == null) {
			empty.show(Messages.matchNoStudio);
			return;
		}
		if (element == null || element.eContainer() == null || !InventoryMatcher.matchable(element)) {
			element = null;
			empty.show(Messages.matchSelect);
			return;
		}
		if (matcher == null || matcherStudio != production().getStudio()) {
			matcherStudio = production().getStudio();
			matcher = new InventoryMatcher(matcherStudio);
		}
		empty.show(null);
		InventoryItem linked = element.getStudioItem();
		heading.setText(linked == null ? NLS.bind(Messages.matchHeading, element.getName())
				: NLS.bind(Messages.matchLinked, element.getName(), linked.getCode() + " " + linked.getNameZh())); //$NON-NLS-1$
		List<InventoryMatcher.Candidate> candidates = matcher.match(element, CANDIDATES);
		viewer.setInput(candidates);
		heading.getParent().layout(true);
	}

	private void useSelected() {
		Object o = viewer.getStructuredSelection().getFirstElement();
		if (element == null || !(o instanceof InventoryMatcher.Candidate c)) {
			return;
		}
		Element e = element;
		edit(NLS.bind(Messages.useLabel, c.item().getCode(), e.getName()), () -> e.setStudioItem(c.item()));
	}

	private void follow(IWorkbenchPart part, ISelection sel) {
		if (!(sel instanceof IStructuredSelection s) || !(s.getFirstElement() instanceof Element e)) {
			return;
		}
		if (e != element) {
			element = e;
			refresh();
		}
	}

	/** The candidates table (tests). */
	TableViewer viewer() {
		return viewer;
	}

	/** Uses the selected candidate, as the button does (tests). */
	void useSelection() {
		useSelected();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

}
