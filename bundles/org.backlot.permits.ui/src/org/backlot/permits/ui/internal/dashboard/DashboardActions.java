// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.dashboard;

import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.production.ProductionPackage;
import org.backlot.permits.ui.internal.Texts;
import org.backlot.permits.ui.internal.dashboard.Rows.Line;
import org.backlot.ui.api.Actions;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;

/** The dashboard's own actions: Open (Enter, double-click) and Delete Draft (Delete), each undoable where it edits. */
final class DashboardActions {
	private final ApplicationsView view;
	private final Action open;
	private final Action delete;

	DashboardActions(ApplicationsView view) {
		this.view = view;
		open = Actions.of(Messages.actionOpen, Messages.actionOpenTip, view::openEditor);
		delete = Actions.of(Messages.actionDelete, Messages.actionDeleteTip, this::deleteDrafts);
		delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE));
		delete.setAccelerator(SWT.DEL);
	}

	void fill(IMenuManager menu) {
		menu.add(open);
		menu.add(delete);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	void update() {
		List<Line> rows = view.selectedLines();
		open.setEnabled(!rows.isEmpty());
		delete.setEnabled(!drafts(rows).isEmpty());
	}

	private static List<PermitApplication> drafts(List<Line> rows) {
		return rows.stream().map(Line::application)
				.filter(a -> a != null && (a.getStatus() == null || a.getStatus() == PermitStatus.DRAFT)).toList();
	}

	/** Deletes the selected drafts, as one command; says why when the selection holds none. */
	void deleteDrafts() {
		List<Line> rows = view.selectedLines();
		List<PermitApplication> drafts = drafts(rows);
		if (view.document() == null || rows.isEmpty()) {
			return;
		}
		if (drafts.isEmpty()) {
			view.getViewSite().getActionBars().getStatusLineManager().setMessage(Messages.notDraft);
			return;
		}
		String label = drafts.size() == 1 ? NLS.bind(Messages.deleteOne, Texts.authority(drafts.get(0).getAuthority()))
				: NLS.bind(Messages.deleteMany, drafts.size());
		CompoundCommand c = new CompoundCommand(label);
		Command remove = RemoveCommand.create(view.document().domain(), view.production(),
				ProductionPackage.Literals.PRODUCTION__PERMIT_APPLICATIONS, drafts);
		c.append(remove);
		view.execute(c);
	}

	/** The Delete Draft action (tests). */
	Action deleteAction() {
		return delete;
	}
}
