// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.Checklist;
import org.backlot.permits.api.Completeness;
import org.backlot.permits.ui.internal.Dots;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** What the authority asks for and whether the application has it: fields, then documents, each marked done (green) or missing (red). */
final class ChecklistTab {
	private static final RGB DONE = new RGB(0x43, 0xa0, 0x47);
	private static final RGB MISSING = new RGB(0xe5, 0x39, 0x35);
	private final Composite pane;
	private final Label summary;
	private final Table table;
	private final Dots dots;

	ChecklistTab(Composite parent, Dots dots) {
		this.dots = dots;
		pane = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout();
		grid.marginWidth = 2;
		grid.marginHeight = 2;
		pane.setLayout(grid);
		summary = new Label(pane, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(pane, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		new TableColumn(table, SWT.LEFT).setText(Messages.colItem);
		new TableColumn(table, SWT.LEFT).setText(Messages.colDetail);
		table.getColumn(0).setWidth(240);
		table.getColumn(1).setWidth(320);
	}

	Control control() {
		return pane;
	}

	/** Shows the application's checklist today. */
	void show(PermitApplication a) {
		Checklist c;
		try {
			c = Completeness.of(a);
		} catch (RuntimeException e) {
			c = null;
		}
		table.setRedraw(false);
		try {
			table.removeAll();
			if (c == null) {
				summary.setText(""); //$NON-NLS-1$
				return;
			}
			section(Messages.checklistFields, c.fields());
			section(Messages.checklistDocuments, c.documents());
			List<String> missing = c.missing();
			summary.setText(missing.isEmpty() ? Messages.checklistComplete
					: NLS.bind(Messages.checklistMissing, missing.size(), String.join(", ", missing))); //$NON-NLS-1$
		} finally {
			table.setRedraw(true);
			pane.layout(true);
		}
	}

	private void section(String title, List<Checklist.Item> items) {
		if (items.isEmpty()) {
			return;
		}
		TableItem head = new TableItem(table, SWT.NONE);
		head.setText(title);
		head.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		for (Checklist.Item i : items) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setImage(0, dots.of(i.done() ? DONE : MISSING));
			row.setText(0, i.label());
			row.setText(1, i.detail() == null ? "" : i.detail()); //$NON-NLS-1$
		}
	}

	/** The table (tests). */
	Table table() {
		return table;
	}
}
