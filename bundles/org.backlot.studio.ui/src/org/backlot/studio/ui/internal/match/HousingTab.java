// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.match;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.Allocation;
import org.backlot.studio.api.Housing;
import org.backlot.studio.ui.internal.Tables;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/**
 * Housing for the production's people: Plan allocates apartments across
 * productions in the background and shows who sleeps where, for which nights,
 * with whom and how their preferences are met, and who is left without a unit
 * and why; Book books the planned stays in one command.
 */
final class HousingTab extends MatchTab {
	private static final Color RED = new Color(0xc6, 0x28, 0x28);
	private final TableViewer table;
	private Allocation plan;
	private Job job;

	HousingTab(Composite parent, MatchView view) {
		super(parent, view);
		table = Tables.table(control(), SWT.SINGLE);
		Tables.column(table, Object.class, Messages.colPerson, 110, o -> need(o).name(), o -> o instanceof Allocation.Unhoused ? RED : null);
		Tables.column(table, Object.class, Messages.colDepartment, 90, o -> need(o).cast() ? Messages.cast : need(o).department());
		Tables.column(table, Object.class, Messages.colUnit, 90, o -> o instanceof Allocation.Stay s ? Texts.name(s.unit())
				: NLS.bind(Messages.unhoused, ((Allocation.Unhoused) o).reason()), o -> o instanceof Allocation.Unhoused ? RED : null);
		Tables.column(table, Object.class, Messages.colNights, 170, o -> o instanceof Allocation.Stay s ? Texts.span(s.from(), s.to())
				+ (s.booked() ? " · " + Messages.alreadyBooked : "") : Texts.span(need(o).from(), need(o).to())); //$NON-NLS-1$ //$NON-NLS-2$
		Tables.column(table, Object.class, Messages.colShared, 110, o -> o instanceof Allocation.Stay s ? Texts.list(s.sharedWith()) : ""); //$NON-NLS-1$
		Tables.column(table, Object.class, Messages.colPreferences, 200, HousingTab::preferences);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Composite buttons = buttons(2);
		button(buttons, Messages.plan, Messages.planTip, this::plan);
		button(buttons, Messages.bookHousing, Messages.bookHousingTip, this::book);
	}

	private static Housing.Need need(Object o) {
		return o instanceof Allocation.Stay s ? s.need() : ((Allocation.Unhoused) o).need();
	}

	private static String preferences(Object o) {
		if (o instanceof Allocation.Stay s) {
			List<String> out = new ArrayList<>();
			s.met().forEach(m -> out.add(NLS.bind(Messages.met, m)));
			s.unmet().forEach(m -> out.add(NLS.bind(Messages.unmet, m)));
			return Texts.list(out);
		}
		return Texts.list(need(o).preferences());
	}

	@Override
	void refresh(Production p, Studio s) {
		if (Housing.needs(p).isEmpty()) {
			plan = null;
			table.setInput(List.of());
			say(Messages.noHousingNeeds, false);
			return;
		}
		plan();
	}

	/** Allocates in the background and shows the plan; returns the job. */
	Job plan() {
		Production p = view().production();
		Studio s = view().studio();
		if (p == null || s == null) {
			return null;
		}
		if (job != null) {
			job.cancel();
		}
		org.eclipse.swt.widgets.Display display = control().getDisplay();
		job = Job.create(Messages.planJob, monitor -> {
			Allocation a = Housing.allocate(s, p, null, null);
			display.asyncExec(() -> {
				if (!control().isDisposed() && view().production() == p) {
					show(a);
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	private void show(Allocation a) {
		plan = a;
		List<Object> rows = new ArrayList<>(a.stays());
		rows.addAll(a.unhoused());
		table.setInput(rows);
		say(NLS.bind(Messages.housingSummary, a.stays().size(), a.unhoused().size()), !a.unhoused().isEmpty());
	}

	/** Books the plan in one command; returns whether it ran. */
	boolean book() {
		Production p = view().production();
		if (plan == null) {
			say(Messages.planFirst, false);
			return false;
		}
		return p != null && run(Housing.book(view().domain(), p, plan));
	}

	/** The plan shown, or null (tests). */
	Allocation allocation() {
		return plan;
	}
}
