// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.StatusChange;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.Checklist;
import org.backlot.permits.api.Clock;
import org.backlot.permits.api.Clocks;
import org.backlot.permits.api.Completeness;
import org.backlot.permits.api.Permits;
import org.backlot.permits.api.Workflow;
import org.backlot.schedule.api.Boards;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/** One application in words or JSON: fields, checklist, documents, history and clock. */
final class ApplicationDetail {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private ApplicationDetail() {
	}

	static void print(PrintStream out, PermitApplication a, LocalDate today) {
		out.println(NLS.bind(Messages.applicationHeader, new Object[] { a.getId(), Labels.authority(a), Workflow.label(a.getStatus()) }));
		line(out, Messages.fDescription, a.getDescription());
		line(out, Messages.fPermitNumber, a.getPermitNumber());
		line(out, Messages.fReference, a.getReference());
		line(out, Messages.fConditions, a.getConditions());
		line(out, Messages.fLocations, String.join("; ", a.getLocations().stream().map(Location::getName).toList())); //$NON-NLS-1$
		for (PermitPeriod period : a.getPeriods()) {
			line(out, Messages.fPeriod, period.getKind().getLiteral() + "  " + when(period.getStart()) + " \u2013 " + when(period.getEnd())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		line(out, Messages.fHeadCount, Integer.toString(a.getHeadCount()));
		line(out, Messages.fVehicles, a.getVehicleCount() + (a.getVehicleTypes() == null ? "" : " (" + a.getVehicleTypes() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		line(out, Messages.fHazards, String.join(", ", a.getHazards().stream().map(h -> h.getLiteral()).toList())); //$NON-NLS-1$
		line(out, Messages.fFee, String.format("%.0f", a.getFee())); //$NON-NLS-1$
		line(out, Messages.fClock, Labels.clock(clock(a, today)));
		Checklist list = Completeness.of(a);
		out.println(list.complete() ? Messages.checklistComplete : NLS.bind(Messages.checklistMissing, String.join("; ", list.missing()))); //$NON-NLS-1$
		for (PermitDocument d : a.getDocuments()) {
			out.println(NLS.bind(Messages.documentLine, new Object[] { d.getKind(), d.getPath() == null || d.getPath().isEmpty() ? Messages.noFile : d.getPath(),
					d.getExpires() == null ? "" : when(d.getExpires()) })); //$NON-NLS-1$
		}
		out.println(Messages.historyHeader);
		for (StatusChange c : a.getHistory()) {
			out.println(NLS.bind(Messages.historyLine, new Object[] { when(c.getAt()), Workflow.label(c.getStatus()), c.getBy() == null ? "" : c.getBy(), //$NON-NLS-1$
					c.getNote() == null ? "" : c.getNote() })); //$NON-NLS-1$
		}
	}

	static Object json(PermitApplication a, LocalDate today) {
		Checklist list = Completeness.of(a);
		List<PeriodJson> periods = new ArrayList<>();
		a.getPeriods().forEach(x -> periods.add(new PeriodJson(x.getKind().getLiteral(), iso(x.getStart()), iso(x.getEnd()))));
		List<DocumentJson> docs = new ArrayList<>();
		a.getDocuments().forEach(d -> docs.add(new DocumentJson(d.getKind(), d.getPath(), iso(d.getExpires()), d.isRequired())));
		List<HistoryJson> history = new ArrayList<>();
		a.getHistory().forEach(c -> history.add(new HistoryJson(c.getStatus().getLiteral(), iso(c.getAt()), c.getBy(), c.getNote())));
		return new DetailJson(a.getId(), a.getAuthority() != null ? a.getAuthority().getName() : null, a.getStatus().getLiteral(), a.getDescription(),
				a.getApplicant(), a.getPersonInCharge() != null ? a.getPersonInCharge().getName() : null,
				a.getLocations().stream().map(Location::getName).toList(), periods, a.getHeadCount(), a.getVehicleCount(), a.getVehicleTypes(),
				a.getEquipment(), a.getHazards().stream().map(h -> h.getLiteral()).toList(), a.getReasons(), a.getFee(), a.getPermitNumber(),
				a.getReference(), a.getConditions(), list.complete(), list.missing(), docs, history, PermitsJson.ClockJson.of(clock(a, today)));
	}

	private static Clock clock(PermitApplication a, LocalDate today) {
		LocalDate deadline = null;
		if (EcoreUtil.getRootContainer(a) instanceof Production p) {
			Schedule board = Boards.active(p);
			if (board != null) {
				deadline = PermitsText.deadline(a, Permits.derive(p, board, today));
			}
		}
		return Clocks.of(a, today, deadline);
	}

	private static void line(PrintStream out, String label, String value) {
		if (value != null && !value.isEmpty()) {
			out.println(String.format("  %-16s %s", label, value)); //$NON-NLS-1$
		}
	}

	private static String when(Date d) {
		return d == null ? "" : WHEN.format(d.toInstant().atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}

	private static String iso(Date d) {
		return d == null ? null : d.toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime().toString();
	}

	/** An application as JSON. */
	record DetailJson(String id, String authority, String status, String description, String applicant, String personInCharge,
			List<String> locations, List<PeriodJson> periods, int headCount, int vehicleCount, String vehicleTypes, String equipment,
			List<String> hazards, List<String> reasons, double fee, String permitNumber, String reference, String conditions, boolean complete,
			List<String> missing, List<DocumentJson> documents, List<HistoryJson> history, PermitsJson.ClockJson clock) {
	}

	/** A period. */
	record PeriodJson(String kind, String start, String end) {
	}

	/** A document. */
	record DocumentJson(String kind, String path, String expires, boolean required) {
	}

	/** A history entry. */
	record HistoryJson(String status, String at, String by, String note) {
	}
}
