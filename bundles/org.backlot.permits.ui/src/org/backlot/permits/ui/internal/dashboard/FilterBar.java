// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backlot.model.permits.PermitStatus;
import org.backlot.permits.api.Clock;
import org.backlot.permits.ui.internal.Snapshot;
import org.backlot.permits.ui.internal.Texts;
import org.backlot.permits.ui.internal.dashboard.Rows.Filter;
import org.backlot.permits.ui.internal.dashboard.Rows.Group;
import org.backlot.permits.ui.internal.dashboard.Rows.Line;
import org.backlot.permits.ui.internal.dashboard.Rows.Show;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/** The dashboard's filters (status, authority) and its one-line summary, with the Create Missing link when nothing is applied for yet. */
final class FilterBar {
	private final Composite bar;
	private final Combo status;
	private final Combo authority;
	private final Link summary;
	private final List<Object> statusChoices = new ArrayList<>();
	private final List<String> authorityKeys = new ArrayList<>();

	FilterBar(Composite parent, Runnable changed, Runnable createMissing) {
		bar = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(5, false);
		grid.marginHeight = 2;
		bar.setLayout(grid);
		new Label(bar, SWT.NONE).setText(Messages.filterStatus);
		status = new Combo(bar, SWT.READ_ONLY);
		statusChoices.add(Show.ALL);
		statusChoices.add(Show.OPEN);
		statusChoices.add(Show.NOT_APPLIED);
		status.add(Messages.filterAll);
		status.add(Messages.filterOpen);
		status.add(Messages.filterNotApplied);
		for (PermitStatus s : PermitStatus.VALUES) {
			statusChoices.add(s);
			status.add(Texts.status(s));
		}
		status.select(0);
		status.addListener(SWT.Selection, e -> changed.run());
		new Label(bar, SWT.NONE).setText(Messages.filterAuthority);
		authority = new Combo(bar, SWT.READ_ONLY);
		authority.add(Messages.allAuthorities);
		authorityKeys.add(null);
		authority.select(0);
		authority.addListener(SWT.Selection, e -> changed.run());
		summary = new Link(bar, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.addListener(SWT.Selection, e -> createMissing.run());
	}

	Composite control() {
		return bar;
	}

	/** The filter chosen. */
	Filter filter() {
		Object s = statusChoices.get(Math.max(0, status.getSelectionIndex()));
		String a = authorityKeys.get(Math.max(0, authority.getSelectionIndex()));
		return s instanceof PermitStatus p ? new Filter(Show.ALL, p, a) : new Filter((Show) s, null, a);
	}

	/** Offers these authorities (key to name), keeping the one chosen. */
	void authorities(Map<String, String> byKey) {
		String chosen = authorityKeys.get(Math.max(0, authority.getSelectionIndex()));
		List<String> keys = new ArrayList<>();
		keys.add(null);
		keys.addAll(byKey.keySet());
		if (keys.equals(authorityKeys)) {
			return;
		}
		authorityKeys.clear();
		authorityKeys.addAll(keys);
		authority.removeAll();
		authority.add(Messages.allAuthorities);
		byKey.values().forEach(authority::add);
		authority.select(Math.max(0, authorityKeys.indexOf(chosen)));
		bar.layout(true);
	}

	/** Chooses a status filter by its index in the combo (tests). */
	void chooseStatus(int index) {
		status.select(index);
		status.notifyListeners(SWT.Selection, null);
	}

	/** The summary of all rows (not only those shown): applications, not applied, late, at risk. */
	void show(Snapshot s, List<Group> all) {
		String text = ""; //$NON-NLS-1$
		if (s != null && all != null) {
			int apps = s.production().getPermitApplications().size();
			if (s.board() == null) {
				text = NLS.bind(Messages.summaryNoBoard, apps);
			} else {
				int missing = 0;
				int late = 0;
				int risk = 0;
				for (Group g : all) {
					for (Line l : g.lines()) {
						missing += l.application() == null ? 1 : 0;
						Clock.State st = l.clock() == null ? null : l.clock().state();
						late += st == Clock.State.LATE ? 1 : 0;
						risk += st == Clock.State.AT_RISK ? 1 : 0;
					}
				}
				text = NLS.bind(Messages.summary, new Object[] { apps, missing, late, risk });
				if (missing > 0) {
					text += "   " + Messages.createLink; //$NON-NLS-1$
				}
			}
		}
		if (!text.equals(summary.getText())) {
			summary.setText(text);
			bar.layout(true);
		}
	}
}
