// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.Requirement;
import org.backlot.permits.ui.internal.CreateMissing;
import org.backlot.permits.ui.internal.Dots;
import org.backlot.permits.ui.internal.PermitsUi;
import org.backlot.permits.ui.internal.PermitsViewPart;
import org.backlot.permits.ui.internal.Snapshot;
import org.backlot.permits.ui.internal.dashboard.Rows.Group;
import org.backlot.permits.ui.internal.dashboard.Rows.Line;
import org.backlot.permits.ui.internal.editor.ApplicationEditorView;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.SelectionPublisher;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The permit applications of the production by authority: each with its
 * places, first shoot day, status, service-level clock (working days against
 * the authority's target, with a green, amber or red dot), due date, the date
 * the schedule needs it by and its permit number; beside them, in red, the
 * permits the schedule needs that nobody has applied for, with the last day to
 * submit. Filter by status and authority; Create Missing Applications drafts
 * the missing ones; Delete removes a draft; double-click opens the editor.
 */
public class ApplicationsView extends PermitsViewPart {
	private TreeViewer viewer;
	private EmptyState empty;
	private FilterBar filters;
	private Dots dots;
	private DashboardActions actions;
	private SelectionPublisher publisher;
	private List<Group> groups = List.of();
	private final java.util.Set<String> collapsed = new java.util.HashSet<>();

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout();
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		grid.verticalSpacing = 2;
		body.setLayout(grid);
		filters = new FilterBar(body, this::refresh, this::createMissing);
		filters.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		empty = new EmptyState(body, this::emptyLinkOrCreate);
		empty.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TreeViewer(empty.parent(), SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		empty.content(viewer.getControl());
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setComparer(new TreeParts.KeyComparer());
		viewer.setContentProvider(new TreeParts.GroupContent());
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		viewer.addTreeListener(new org.eclipse.jface.viewers.ITreeViewerListener() {
			@Override
			public void treeCollapsed(org.eclipse.jface.viewers.TreeExpansionEvent e) {
				if (e.getElement() instanceof Group g) {
					collapsed.add(g.key());
				}
			}

			@Override
			public void treeExpanded(org.eclipse.jface.viewers.TreeExpansionEvent e) {
				if (e.getElement() instanceof Group g) {
					collapsed.remove(g.key());
				}
			}
		});
		dots = new Dots(parent.getDisplay());
		Columns.create(viewer, dots);
		ColumnViewerToolTipSupport.enableFor(viewer);
		actions = new DashboardActions(this);
		publisher = new SelectionPublisher(this::selectedSubjects, this::reveal);
		viewer.addSelectionChangedListener(e -> {
			actions.update();
			publisher.publish();
		});
		viewer.addDoubleClickListener(e -> openEditor());
		viewer.getControl().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				actions.deleteDrafts();
			} else if (e.character == SWT.CR) {
				openEditor();
			}
		});
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fill);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		getSite().setSelectionProvider(publisher);
		startFollowing();
	}

	@Override
	protected void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Snapshot s = snapshot();
		String why = emptyReason(s);
		if (s == null || s.problem() != null || s.board() == null && s.production().getPermitApplications().isEmpty()) {
			groups = List.of();
			viewer.setInput(groups);
			filters.show(s, null);
			empty.show(why);
			actions.update();
			return;
		}
		filters.authorities(Rows.authorities(s));
		List<Group> all = Rows.of(s, Rows.Filter.NONE);
		groups = Rows.of(s, filters.filter());
		ISelection keep = viewer.getSelection();
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(groups);
			for (Group g : groups) {
				if (collapsed.contains(g.key())) {
					viewer.setExpandedState(g, false);
				}
			}
			viewer.setSelection(keep);
		} finally {
			viewer.getTree().setRedraw(true);
		}
		filters.show(s, all);
		empty.show(all.isEmpty() ? Messages.noApplications : null);
		actions.update();
	}

	private void emptyLinkOrCreate() {
		Snapshot s = snapshot();
		if (s != null && s.board() != null && s.problem() == null) {
			createMissing();
		} else {
			emptyLink();
		}
	}

	/** Create Missing Applications on the shown production; the job, or null when none is open. */
	public Job createMissing() {
		if (document() == null) {
			return null;
		}
		return CreateMissing.run(document(), getSite().getShell().getDisplay(),
				m -> getViewSite().getActionBars().getStatusLineManager().setMessage(m));
	}

	@Override
	protected void selectionChanged(Object selected) {
		if (selected instanceof PermitApplication || selected instanceof Requirement) {
			reveal(new StructuredSelection(selected));
		}
	}

	/** Selects the rows of the applications or requirements in a selection (the view's own selection from outside). */
	private void reveal(ISelection selection) {
		if (!(selection instanceof IStructuredSelection s)) {
			return;
		}
		List<Line> rows = new ArrayList<>();
		for (Object o : s) {
			Line l = Rows.find(groups, o);
			if (l != null) {
				rows.add(l);
			}
		}
		if (!rows.isEmpty() && !rows.equals(selectedLines())) {
			viewer.setSelection(new StructuredSelection(rows), true);
		}
	}

	/** Shows the selected application in the editor view. */
	void openEditor() {
		List<Line> rows = selectedLines();
		if (rows.isEmpty()) {
			return;
		}
		try {
			IViewPart part = getSite().getPage().showView(PermitsUi.EDITOR_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			if (part instanceof ApplicationEditorView editor) {
				editor.show(rows.get(0).subject());
			}
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	/** The selected rows. */
	List<Line> selectedLines() {
		List<Line> out = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection()) {
			if (o instanceof Line l) {
				out.add(l);
			}
		}
		return out;
	}

	/** What the selected rows stand for: applications, and requirements not applied for. */
	private List<Object> selectedSubjects() {
		return selectedLines().stream().map(Line::subject).toList();
	}

	/** The groups shown (tests). */
	List<Group> groups() {
		return groups;
	}

	/** The tree (tests). */
	TreeViewer viewer() {
		return viewer;
	}

	/** The actions (tests). */
	DashboardActions actions() {
		return actions;
	}

	/** The filter bar (tests). */
	FilterBar filters() {
		return filters;
	}

	@Override
	public void setFocus() {
		empty.focus(viewer.getControl());
	}

	@Override
	public void dispose() {
		if (dots != null) {
			dots.dispose();
		}
		super.dispose();
	}
}
