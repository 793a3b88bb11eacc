// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.problems;

import java.util.ArrayList;
import java.util.List;

import org.backlot.core.api.Validation;
import org.backlot.model.production.Production;
import org.backlot.ui.api.BacklotUi;
import org.backlot.ui.internal.ActiveProduction;
import org.backlot.ui.internal.Messages;
import org.backlot.ui.internal.editor.ProductionEditor;
import org.backlot.ui.internal.explorer.ModelLabels;
import org.backlot.ui.internal.explorer.ProductionExplorer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * Problems of the active production and its studio, from Backlot's validation:
 * checked again in the background after every change; double-click goes to the object.
 */
public class ProblemsView extends ViewPart {
	/** The view's id. */
	public static final String ID = "org.backlot.ui.views.problems"; //$NON-NLS-1$

	/** One row. */
	record Problem(int severity, String message, EObject subject) {
	}

	private TableViewer viewer;
	private ActiveProduction active;
	private ProductionEditor editor;
	private final CommandStackListener changed = e -> check();
	private final Job job = new Job(Messages.problemsJob) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			ProductionEditor target = editor;
			if (target == null || target.model() == null) {
				return Status.OK_STATUS;
			}
			Production p = target.model().production();
			List<Problem> rows = new ArrayList<>();
			collect(Validation.validate(p), rows);
			if (p.getStudio() != null && !p.getStudio().eIsProxy()) {
				collect(Validation.validate(p.getStudio()), rows);
			}
			rows.sort((a, b) -> Integer.compare(b.severity(), a.severity()));
			viewer.getControl().getDisplay().asyncExec(() -> show(target, rows));
			return Status.OK_STATUS;
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.problemsMessage, 560, new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				return ((Problem) o).message();
			}

			@Override
			public Image getImage(Object o) {
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				return images.getImage(((Problem) o).severity() == Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
						: ((Problem) o).severity() == Diagnostic.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
			}
		});
		column(Messages.problemsObject, 260, new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				EObject s = ((Problem) o).subject();
				return s == null ? "" : ModelLabels.text(s); //$NON-NLS-1$
			}
		});
		viewer.addDoubleClickListener(e -> reveal((Problem) viewer.getStructuredSelection().getFirstElement()));
		job.setSystem(true);
		active = new ActiveProduction(getSite().getPage(), this::follow);
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(labels);
	}

	private void follow(ProductionEditor next) {
		if (editor != null && editor.model() != null) {
			editor.model().domain().getCommandStack().removeCommandStackListener(changed);
		}
		editor = next;
		if (editor == null) {
			viewer.setInput(List.of());
			setContentDescription(Messages.problemsNoProduction);
			return;
		}
		editor.model().domain().getCommandStack().addCommandStackListener(changed);
		check();
	}

	/** Validates again shortly (changes that come in a burst are checked once). */
	void check() {
		job.cancel();
		job.schedule(300);
	}

	private void show(ProductionEditor target, List<Problem> rows) {
		if (viewer.getControl().isDisposed() || target != editor) {
			return;
		}
		viewer.setInput(rows);
		long errors = rows.stream().filter(r -> r.severity() == Diagnostic.ERROR).count();
		setContentDescription(NLS.bind(Messages.problemsSummary, new Object[] { errors, rows.size() - errors, editor.getPartName() }));
	}

	private static void collect(Diagnostic d, List<Problem> into) {
		for (Diagnostic p : Validation.problems(d)) {
			into.add(new Problem(p.getSeverity(), p.getMessage(), Validation.subject(p)));
		}
	}

	private void reveal(Problem p) {
		if (p == null || p.subject() == null) {
			return;
		}
		try {
			ProductionExplorer explorer = (ProductionExplorer) getSite().getPage().showView(BacklotUi.EXPLORER_VIEW);
			explorer.reveal(p.subject());
		} catch (PartInitException e) {
			setContentDescription(e.getMessage());
		}
	}

	/** For tests: the rows shown. */
	@SuppressWarnings("unchecked")
	List<Problem> rows() {
		return viewer.getInput() == null ? List.of() : (List<Problem>) viewer.getInput();
	}

	/** For tests: waits for the background check. */
	void join() throws InterruptedException {
		job.join();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (editor != null && editor.model() != null) {
			editor.model().domain().getCommandStack().removeCommandStackListener(changed);
		}
		editor = null;
		active.dispose();
		job.cancel();
		super.dispose();
	}
}
