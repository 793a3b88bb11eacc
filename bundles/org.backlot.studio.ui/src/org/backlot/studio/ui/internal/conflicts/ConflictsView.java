// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.conflicts;

import java.util.List;

import org.backlot.studio.ui.internal.Navigate;
import org.backlot.studio.ui.internal.StudioViewPart;
import org.backlot.studio.ui.internal.Tables;
import org.backlot.studio.ui.internal.Texts;
import org.backlot.ui.api.Actions;
import org.backlot.ui.api.EmptyState;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Conflicts across the productions that share the base: a stage, location,
 * extra or apartment booked twice on the same days, a store item booked
 * beyond its quantity, digital-asset rights that end before a use.
 * Double-click (or Enter) selects the resource in the registers and the
 * booking in the calendar.
 */
public class ConflictsView extends StudioViewPart {
	private EmptyState empty;
	private Button onlyMine;
	private Label summary;
	private TableViewer table;
	private List<Conflict> all = List.of();

	@Override
	public void createPartControl(Composite parent) {
		empty = new EmptyState(parent, this::emptyLink);
		Composite body = new Composite(empty.parent(), SWT.NONE);
		empty.content(body);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		layout.horizontalSpacing = 16;
		body.setLayout(layout);
		onlyMine = new Button(body, SWT.CHECK);
		onlyMine.setText(Messages.onlyMine);
		onlyMine.setToolTipText(Messages.onlyMineTip);
		onlyMine.addListener(SWT.Selection, e -> show());
		summary = new Label(body, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = Tables.table(body, SWT.SINGLE);
		((GridData) table.getControl().getLayoutData()).horizontalSpan = 2;
		Tables.column(table, Conflict.class, Messages.colKind, 110, Conflict::kind);
		Tables.column(table, Conflict.class, Messages.colResource, 170, c -> Texts.label(c.resource()));
		Tables.column(table, Conflict.class, Messages.colProductions, 180, c -> Texts.list(c.productions()));
		Tables.column(table, Conflict.class, Messages.colDays, 170, c -> Texts.span(c.from(), c.to()));
		Tables.column(table, Conflict.class, Messages.colDetails, 420, Conflict::message);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addDoubleClickListener(e -> go());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			if (selected() != null) {
				m.add(Actions.of(Messages.show, this::go));
			}
		});
		table.getTable().setMenu(menu.createContextMenu(table.getTable()));
		getSite().setSelectionProvider(table);
		startFollowing();
	}

	@Override
	protected void update() {
		String why = emptyReason();
		all = why == null ? Conflict.of(studio()) : List.of();
		if (why == null && all.isEmpty()) {
			why = Messages.none;
		}
		empty.show(why);
		show();
	}

	private void show() {
		String id = production() == null ? null : production().getId();
		List<Conflict> shown = onlyMine.getSelection() ? all.stream().filter(c -> c.involves(id)).toList() : all;
		table.setInput(shown);
		long mine = all.stream().filter(c -> c.involves(id)).count();
		summary.setText(NLS.bind(Messages.summary, all.size(), mine));
		summary.getParent().layout(true);
	}

	private Conflict selected() {
		return table.getStructuredSelection().getFirstElement() instanceof Conflict c ? c : null;
	}

	/** Goes to the selected conflict's resource and booking. */
	void go() {
		Conflict c = selected();
		if (c != null) {
			Navigate.to(getSite().getPage(), c.resource(), c.second() != null ? c.second() : c.first());
		}
	}

	/** The conflicts found (tests). */
	List<Conflict> conflicts() {
		return all;
	}

	TableViewer table() {
		return table;
	}

	@Override
	protected boolean isDisposed() {
		return empty == null || empty.control().isDisposed();
	}

	@Override
	public void setFocus() {
		empty.focus(table.getControl());
	}
}
