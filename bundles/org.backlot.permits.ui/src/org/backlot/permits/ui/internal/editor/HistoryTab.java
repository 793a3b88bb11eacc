// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.StatusChange;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The application's history, newest first: status, when, who, note. */
final class HistoryTab {
	private final TablePane table;

	HistoryTab(Composite parent) {
		table = new TablePane(parent);
		table.column(Messages.colStatus, 140, StatusChange.class, c -> Texts.status(c.getStatus()), null);
		table.column(Messages.colWhen, 150, StatusChange.class, c -> Texts.dateTime(c.getAt()), null);
		table.column(Messages.colWho, 140, StatusChange.class, StatusChange::getBy, null);
		table.column(Messages.colNote, 360, StatusChange.class, StatusChange::getNote, null);
	}

	Control control() {
		return table.control();
	}

	void show(PermitApplication a) {
		List<StatusChange> newestFirst = new ArrayList<>(a.getHistory());
		Collections.reverse(newestFirst);
		table.show(newestFirst);
	}

	/** How many steps are listed (tests). */
	int rows() {
		return table.viewer().getTable().getItemCount();
	}
}
