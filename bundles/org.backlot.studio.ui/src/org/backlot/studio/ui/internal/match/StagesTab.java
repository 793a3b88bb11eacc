// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.Boards;
import org.backlot.studio.api.StageCalendar;
import org.backlot.studio.ui.internal.Tables;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/**
 * The stages the production's schedule needs (prep, shoot, hold and strike
 * days per stage), whether each is booked, and which clash with other
 * productions' bookings; Book Stages brings the bookings in line in one command.
 */
final class StagesTab extends MatchTab {
	/** A needed booking, whether the production holds it already, and who else holds the stage then. */
	record Need(Booking booking, boolean booked, String clash) {
	}

	private static final Color RED = new Color(0xc6, 0x28, 0x28);
	private final TableViewer table;

	StagesTab(Composite parent, MatchView view) {
		super(parent, view);
		table = Tables.table(control(), SWT.SINGLE);
		Tables.column(table, Need.class, Messages.colStage, 130, n -> Texts.name(n.booking().getResource()));
		Tables.column(table, Need.class, Messages.colPurpose, 70, n -> Texts.of("purpose", n.booking().getPurpose())); //$NON-NLS-1$
		Tables.column(table, Need.class, Messages.colFrom, 100, n -> Texts.date(n.booking().getFrom()));
		Tables.column(table, Need.class, Messages.colTo, 100, n -> Texts.date(n.booking().getTo()));
		Tables.column(table, Need.class, Messages.colState, 100, n -> n.booked() ? Messages.needBooked : Messages.needNew);
		Tables.column(table, Need.class, Messages.colClash, 200, Need::clash, n -> n.clash() == null ? null : RED);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Composite buttons = buttons(1);
		button(buttons, Messages.bookStages, Messages.bookStagesTip, this::book);
	}

	@Override
	void refresh(Production p, Studio s) {
		if (Boards.active(p) == null) {
			table.setInput(List.of());
			say(Messages.noBoard, false);
			return;
		}
		List<Booking> existing = StageCalendar.bookings(p);
		List<StageCalendar.Conflict> clashes = StageCalendar.clashes(s, p, StageCalendar.Options.DEFAULT);
		List<Need> list = new ArrayList<>();
		int booked = 0;
		for (Booking b : StageCalendar.needs(p)) {
			boolean held = existing.stream().anyMatch(x -> x.getResource() == b.getResource() && x.getPurpose() == b.getPurpose()
					&& x.getStatus() != BookingStatus.CANCELLED && Objects.equals(x.getFrom(), b.getFrom()) && Objects.equals(x.getTo(), b.getTo()));
			booked += held ? 1 : 0;
			String clash = clashes.stream().filter(c -> c.first() == b || c.second() == b).map(c -> {
				Booking other = c.first() == b ? c.second() : c.first();
				return Texts.production(other) + " (" + Texts.span(other) + ')'; //$NON-NLS-1$
			}).findFirst().orElse(null);
			list.add(new Need(b, held, clash));
		}
		table.setInput(list);
		long clashing = list.stream().filter(n -> n.clash() != null).count();
		say(NLS.bind(Messages.stagesSummary, new Object[] { list.size(), booked, clashing }), clashing > 0);
	}

	/** Books the production's stage needs in one command; returns whether it ran. */
	boolean book() {
		Production p = view().production();
		return p != null && run(StageCalendar.book(view().domain(), p));
	}

	/** The needs shown (tests). */
	@SuppressWarnings("unchecked")
	List<Need> needs() {
		return table.getInput() == null ? List.of() : (List<Need>) table.getInput();
	}
}
