// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.List;

import org.backlot.model.script.Scene;
import org.backlot.model.script.SceneChange;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionViewPart;
import org.backlot.ui.api.TableColumns;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The scene navigator: number, INT/EXT, set, time, length and revision mark of
 * every scene; selecting one selects it everywhere.
 */
public class ScenesView extends ProductionViewPart {
	private TableViewer viewer;
	private EmptyState empty;
	private Colours colours;

	@Override
	public void createPartControl(Composite parent) {
		colours = new Colours(new LocalResourceManager(JFaceResources.getResources(), parent));
		empty = new EmptyState(parent, () -> ImportScriptHandler.openWizard(parent.getShell()));
		viewer = new TableViewer(empty.parent(), SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.BORDER);
		empty.content(viewer.getControl());
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.columnNumber, 50, s -> s.getNumber());
		column(Messages.columnIntExt, 40, Labels::intExt);
		column(Messages.columnTime, 44, Labels::time);
		column(Messages.columnPages, 54, Labels::eighths);
		column(Messages.columnSet, 150, s -> s.getSetName());
		column(Messages.columnChange, 64, this::change);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().setSelectionProvider(viewer);
		followSelection(this::follow);
		startTracking();
	}

	private void column(String title, int width, java.util.function.Function<Scene, String> text) {
		TableColumns.colored(viewer, Scene.class, title, width, text, this::background,
				s -> s.isOmitted() ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null);
	}

	private Color background(Scene s) {
		if (s.getChange() == SceneChange.UNCHANGED || s.getRevision() == null) {
			return null;
		}
		return colours.tint(RevisionColours.hex(s.getRevision().getColour()));
	}

	private String change(Scene s) {
		return switch (s.getChange()) {
		case ADDED -> Messages.changeAdded;
		case CHANGED -> Messages.changeChanged;
		case OMITTED -> Messages.changeOmitted;
		default -> ""; //$NON-NLS-1$
		};
	}

	@Override
	protected void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (production() == null) {
			empty.show(Messages.noProduction);
			viewer.setInput(List.of());
			return;
		}
		List<Scene> scenes = production().getScript() == null ? List.of() : List.copyOf(production().getScript().getScenes());
		empty.show(scenes.isEmpty() ? Messages.noScript : null);
		viewer.setInput(scenes);
	}

	private void follow(IWorkbenchPart part, ISelection selection) {
		if (!(selection instanceof IStructuredSelection s) || viewer.getControl().isDisposed()) {
			return;
		}
		Scene scene = Selections.scene(s.getFirstElement());
		if (scene != null && !scene.equals(viewer.getStructuredSelection().getFirstElement())) {
			viewer.setSelection(new StructuredSelection(scene), true);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

}
