// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.calendar;

import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.api.Requirement.Coverage;
import org.backlot.permits.ui.internal.PermitsUi;
import org.backlot.permits.ui.internal.PermitsViewPart;
import org.backlot.permits.ui.internal.Snapshot;
import org.backlot.permits.ui.internal.calendar.Grid.Cell;
import org.backlot.permits.ui.internal.editor.ApplicationEditorView;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.SelectionPublisher;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Shoot days against authorities: each cell coloured (and marked) by how the
 * permit that day needs is covered (approved, pending, not submitted, at risk,
 * missing, refused, or not needed), with a legend; the tooltip says why the
 * permit is needed and where it stands. Clicking a cell selects its
 * application (or the requirement not applied for) everywhere; double-click or
 * Enter opens it in the editor.
 */
public class CalendarView extends PermitsViewPart {
	private EmptyState empty;
	private CalendarCanvas canvas;
	private Label summary;
	private Grid grid = Grid.EMPTY;
	private final SelectionPublisher publisher = new SelectionPublisher(this::reveal);

	@Override
	public void createPartControl(Composite parent) {
		empty = new EmptyState(parent, this::emptyLink);
		Composite body = new Composite(empty.parent(), SWT.NONE);
		empty.content(body);
		GridLayout grid = new GridLayout();
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		grid.verticalSpacing = 2;
		body.setLayout(grid);
		summary = new Label(body, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		canvas = new CalendarCanvas(body, this::selected, this::open);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Legend(body).control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		getSite().setSelectionProvider(publisher);
		startFollowing();
	}

	@Override
	protected void refresh() {
		if (empty == null || empty.control().isDisposed()) {
			return;
		}
		Snapshot s = snapshot();
		String why = emptyReason(s);
		grid = why == null ? Grid.of(s) : Grid.EMPTY;
		canvas.show(grid);
		if (why == null && grid.days().isEmpty()) {
			why = Messages.noDays;
		}
		empty.show(why);
		if (why == null) {
			int waiting = 0;
			int missing = 0;
			for (int r = 0; r < grid.days().size(); r++) {
				boolean lacks = false;
				boolean waits = false;
				for (int c = 0; c < grid.authorities().size(); c++) {
					Coverage cov = grid.cell(r, c).coverage();
					lacks |= cov == Coverage.MISSING || cov == Coverage.REFUSED;
					waits |= cov != null && cov != Coverage.APPROVED && cov != Coverage.MISSING && cov != Coverage.REFUSED;
				}
				missing += lacks ? 1 : 0;
				waiting += waits ? 1 : 0;
			}
			summary.setText(NLS.bind(Messages.summary, new Object[] { grid.days().size(), waiting, missing }));
		}
	}

	private void selected(Cell c) {
		Requirement r = CalendarCanvas.subject(c);
		canvas.highlight(r == null ? null : r.application());
		if (r != null) {
			publisher.publish(List.of(r.application() != null ? r.application() : r));
		}
	}

	private void open(Cell c) {
		Requirement r = CalendarCanvas.subject(c);
		if (r == null) {
			return;
		}
		try {
			IViewPart part = getSite().getPage().showView(PermitsUi.EDITOR_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			if (part instanceof ApplicationEditorView editor) {
				editor.show(r.application() != null ? r.application() : r);
			}
		} catch (PartInitException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	@Override
	protected void selectionChanged(Object selected) {
		PermitApplication a = applicationOf(selected);
		if (a == null && !(selected instanceof Requirement)) {
			return;
		}
		Cell current = canvas.selection();
		if (current != null && current.requirements().stream().anyMatch(x -> x == selected || a != null && x.application() == a)) {
			canvas.highlight(a);
		} else {
			reveal(new org.eclipse.jface.viewers.StructuredSelection(selected));
			canvas.highlight(a);
		}
	}

	/** Selects, from outside, the first cell of an application or requirement. */
	private void reveal(ISelection selection) {
		if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
			Object o = s.getFirstElement();
			PermitApplication a = applicationOf(o);
			for (int r = 0; r < grid.days().size(); r++) {
				for (int c = 0; c < grid.authorities().size(); c++) {
					Cell cell = grid.cell(r, c);
					if (cell.requirements().stream().anyMatch(x -> x == o || a != null && x.application() == a)) {
						canvas.select(r, c);
						canvas.highlight(a);
						return;
					}
				}
			}
		}
	}

	/** The grid shown (tests). */
	Grid grid() {
		return grid;
	}

	/** Clicks a cell (tests): selects it as a click does. */
	void click(int row, int column) {
		canvas.select(row, column);
		selected(grid.cell(row, column));
	}

	@Override
	public void setFocus() {
		empty.focus(canvas.control());
	}
}
