// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.ui.internal.Dots;
import org.backlot.permits.ui.internal.PermitsUi;
import org.backlot.permits.ui.internal.PermitsViewPart;
import org.backlot.permits.ui.internal.Snapshot;
import org.backlot.permits.ui.internal.Texts;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.SelectionPublisher;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * One permit application, editable: its status bar with the clock and the
 * workflow's moves; the fields on the left; its places, dates and hours and
 * road closures in the middle; its checklist, documents and history on the
 * right. It shows the application selected anywhere; every edit is a command
 * on the production's stack.
 */
public class ApplicationEditorView extends PermitsViewPart {
	private EmptyState empty;
	private Dots dots;
	private StatusBar statusBar;
	private DetailsPanel details;
	private LocationsTab locations;
	private PeriodsTab periods;
	private ClosuresTab closures;
	private ChecklistTab checklist;
	private DocumentsTab documents;
	private HistoryTab history;
	private CTabFolder right;
	private PermitApplication shown;
	private Requirement notApplied;
	private Object pending;
	private final SelectionPublisher publisher = new SelectionPublisher();

	@Override
	public void createPartControl(Composite parent) {
		dots = new Dots(parent.getDisplay());
		Edits edits = new Edits(this);
		empty = new EmptyState(parent, this::emptyAction);
		Composite body = new Composite(empty.parent(), SWT.NONE);
		empty.content(body);
		GridLayout grid = new GridLayout();
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		grid.verticalSpacing = 0;
		body.setLayout(grid);
		statusBar = new StatusBar(body, this, dots, new Online(this, this::status));
		statusBar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		details = new DetailsPanel(sash, edits);
		CTabFolder middle = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
		locations = new LocationsTab(middle, edits);
		tab(middle, Messages.tabLocations, locations.control());
		periods = new PeriodsTab(middle, edits, this::status);
		tab(middle, Messages.tabPeriods, periods.control());
		closures = new ClosuresTab(middle, edits, this::status);
		tab(middle, Messages.tabClosures, closures.control());
		middle.setSelection(0);
		right = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
		checklist = new ChecklistTab(right, dots);
		tab(right, Messages.tabChecklist, checklist.control());
		documents = new DocumentsTab(right, this, edits, this::status);
		tab(right, Messages.tabDocuments, documents.control());
		history = new HistoryTab(right);
		tab(right, Messages.tabHistory, history.control());
		right.setSelection(0);
		sash.setWeights(new int[] { 34, 33, 33 });
		getSite().setSelectionProvider(publisher);
		startFollowing();
		ISelection current = getSite().getPage().getSelection();
		if (current instanceof IStructuredSelection s && !s.isEmpty()) {
			show(s.getFirstElement());
		}
	}

	private static void tab(CTabFolder folder, String title, Control control) {
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	@Override
	protected void selectionChanged(Object selected) {
		show(selected);
	}

	/** Shows an application, or a requirement (its application, or what is missing); anything else is ignored. */
	public void show(Object subject) {
		PermitApplication a = applicationOf(subject);
		if (a != null) {
			if (a == shown && notApplied == null) {
				return;
			}
			shown = a;
			notApplied = null;
		} else if (subject instanceof Requirement r && r.application() == null) {
			shown = null;
			notApplied = r;
		} else {
			return;
		}
		if (production() == null) {
			pending = subject;
		}
		refresh();
		publisher.setSelection(a == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY : new org.eclipse.jface.viewers.StructuredSelection(a));
	}

	@Override
	protected void refresh() {
		if (empty == null || empty.control().isDisposed()) {
			return;
		}
		Production p = production();
		if (pending != null && p != null) {
			Object o = pending;
			pending = null;
			show(o);
			return;
		}
		if (shown != null && (p == null || shown.eContainer() != p)) {
			shown = null; // deleted, undone or from another production
		}
		Snapshot s = snapshot();
		if (shown == null) {
			setContentDescription(""); //$NON-NLS-1$
			if (p == null) {
				empty.show(emptyReason(s));
			} else if (notApplied != null && notApplied.days().size() > 0) {
				empty.show(NLS.bind(Messages.notAppliedFor, new Object[] { Texts.authority(notApplied.authority()), notApplied.placeName(),
						Texts.day(notApplied.first().dayNumber(), notApplied.first().date()), Texts.date(notApplied.submitBy()) }));
			} else {
				empty.show(Messages.selectApplication);
			}
			return;
		}
		String description = shown.getDescription() == null ? "" : shown.getDescription(); //$NON-NLS-1$
		setContentDescription(NLS.bind(Messages.title, Texts.authority(shown.getAuthority()), description));
		statusBar.show(shown, s);
		details.show(shown, p);
		locations.show(shown, p);
		periods.show(shown, s);
		closures.show(shown);
		checklist.show(shown);
		documents.show(shown);
		history.show(shown);
		empty.show(null);
	}

	private void emptyAction() {
		if (production() == null) {
			emptyLink();
		} else if (notApplied != null) {
			try {
				getSite().getService(IHandlerService.class).executeCommand(PermitsUi.CREATE_MISSING_COMMAND, null);
			} catch (CommandException e) {
				ILog.of(getClass()).error(e.getMessage(), e);
			}
		} else {
			try {
				getSite().getPage().showView(PermitsUi.APPLICATIONS_VIEW);
			} catch (PartInitException e) {
				ILog.of(getClass()).error(e.getMessage(), e);
			}
		}
	}

	/** Shows a sentence on the status line. */
	void status(String message) {
		getViewSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	/** The application shown, or null. */
	public PermitApplication shown() {
		return shown;
	}

	/** The fields (tests). */
	DetailsPanel details() {
		return details;
	}

	/** The status bar (tests). */
	StatusBar statusBar() {
		return statusBar;
	}

	/** The history (tests). */
	HistoryTab history() {
		return history;
	}

	/** The documents (tests). */
	DocumentsTab documents() {
		return documents;
	}

	/** The checklist (tests). */
	ChecklistTab checklist() {
		return checklist;
	}

	/** The places (tests). */
	LocationsTab locations() {
		return locations;
	}

	/** The periods (tests). */
	PeriodsTab periods() {
		return periods;
	}

	@Override
	public void setFocus() {
		empty.focus(details.control());
	}

	@Override
	public void dispose() {
		if (dots != null) {
			dots.dispose();
		}
		super.dispose();
	}
}
