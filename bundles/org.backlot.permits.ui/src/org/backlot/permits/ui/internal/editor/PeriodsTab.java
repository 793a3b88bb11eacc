// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.PermitsPackage.Literals;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.ui.internal.Snapshot;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The dates and hours applied for (prep, shoot, strike, rain days): kind, start and end edited in place; add and remove. */
final class PeriodsTab {
	private final TablePane table;
	private final Edits edits;
	private PermitApplication shown;
	private Snapshot snapshot;

	PeriodsTab(Composite parent, Edits edits, Consumer<String> problem) {
		this.edits = edits;
		table = new TablePane(parent);
		table.column(Messages.colKind, 110, PermitPeriod.class, p -> Texts.period(p.getKind()), CellEdits.choice(table.viewer(),
				PermitPeriod.class, PeriodKind.VALUES, Texts::period, PermitPeriod::getKind,
				(p, v) -> edits.set(p, Literals.PERMIT_PERIOD__KIND, v, Messages.fieldPeriodKind)));
		table.column(Messages.colStart, 170, PermitPeriod.class, p -> Texts.dateTime(p.getStart()), CellEdits.text(table.viewer(),
				PermitPeriod.class, p -> CellEdits.editText(p.getStart()), CellEdits::dateTime,
				(p, v) -> edits.set(p, Literals.PERMIT_PERIOD__START, v, Messages.fieldStart), problem, CellEdits.dateProblem()));
		table.column(Messages.colEnd, 170, PermitPeriod.class, p -> Texts.dateTime(p.getEnd()), CellEdits.text(table.viewer(),
				PermitPeriod.class, p -> CellEdits.editText(p.getEnd()), CellEdits::dateTime,
				(p, v) -> edits.set(p, Literals.PERMIT_PERIOD__END, v, Messages.fieldEnd), problem, CellEdits.dateProblem()));
		table.button(Messages.add, false, this::add);
		table.button(Messages.remove, true, this::remove);
	}

	Control control() {
		return table.control();
	}

	void show(PermitApplication a, Snapshot s) {
		shown = a;
		snapshot = s;
		table.show(a.getPeriods());
	}

	/** Adds a shoot period: the first scheduled day the application covers (unit call to wrap), else tomorrow 07:00 to 19:00. */
	void add() {
		if (shown == null) {
			return;
		}
		PermitPeriod p = PermitsFactory.eINSTANCE.createPermitPeriod();
		p.setKind(PeriodKind.SHOOT);
		DayAtPlace day = snapshot == null ? null : snapshot.firstDay(shown);
		LocalDateTime from = day != null && day.from() != null ? day.from() : LocalDateTime.now().plusDays(1).withHour(7).withMinute(0).withSecond(0).withNano(0);
		LocalDateTime to = day != null && day.to() != null ? day.to() : from.plusHours(12);
		p.setStart(date(from));
		p.setEnd(date(to));
		edits.add(shown, Literals.PERMIT_APPLICATION__PERIODS, p, NLS.bind(Messages.cmdAddPeriod, edits.authority(shown)));
		table.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(p));
	}

	private void remove() {
		List<PermitPeriod> chosen = table.selected(PermitPeriod.class);
		if (shown != null && !chosen.isEmpty()) {
			edits.remove(shown, Literals.PERMIT_APPLICATION__PERIODS, chosen, NLS.bind(Messages.cmdRemovePeriod, edits.authority(shown)));
		}
	}

	private static Date date(LocalDateTime t) {
		return Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
	}
}
