// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.forms;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Location;

/** Lays out a permit application as its authority's form, every label in the language chosen for the form. */
public final class ApplicationForm {
	private static final String DOT = " \u00b7 "; //$NON-NLS-1$
	private final PermitApplication a;
	private final FormStrings s;
	private final FormLayout f;

	private ApplicationForm(PermitApplication a, FormStrings s, FormLayout f) {
		this.a = a;
		this.s = s;
		this.f = f;
	}

	/** Writes the form as a PDF (A4, or US Letter when {@code letter}) to {@code out}, atomically. */
	public static void write(PermitApplication a, Locale language, boolean letter, Path out) throws IOException {
		FormStrings s = FormStrings.of(language);
		String title = FormValues.title(a, s);
		String running = title + DOT + s.get("form.application") + " " + text(a.getId()); //$NON-NLS-1$ //$NON-NLS-2$
		try (FormLayout f = new FormLayout(letter, running, s.get("form.page"))) { //$NON-NLS-1$
			f.start();
			new ApplicationForm(a, s, f).draw();
			f.save(out);
		}
	}

	private void draw() throws IOException {
		header();
		applicant();
		production();
		activity();
		locations();
		periods();
		f.heading(s.get("section.people")); //$NON-NLS-1$
		f.field(s.get("people.headCount"), Integer.toString(a.getHeadCount())); //$NON-NLS-1$
		f.heading(s.get("section.vehicles")); //$NON-NLS-1$
		f.field(s.get("vehicles.count"), Integer.toString(a.getVehicleCount())); //$NON-NLS-1$
		f.field(s.get("vehicles.types"), a.getVehicleTypes()); //$NON-NLS-1$
		f.heading(s.get("section.equipment")); //$NON-NLS-1$
		f.text(orNone(a.getEquipment()), FormLayout.BODY, 0, Color.BLACK);
		closures();
		hazards();
		documents();
		f.heading(s.get("section.fee")); //$NON-NLS-1$
		f.text(a.getFee() > 0 ? s.format("fee.amount", String.format(Locale.ROOT, "%,.2f", a.getFee())) : s.get("none"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				FormLayout.BODY, 0, Color.BLACK);
		f.heading(s.get("section.conditions")); //$NON-NLS-1$
		f.text(orNone(a.getConditions()), FormLayout.BODY, 0, Color.BLACK);
		signatures();
	}

	private void header() throws IOException {
		f.text(FormValues.title(a, s), 15, 0, Color.BLACK);
		f.gap(4);
		f.field(s.get("form.authority"), FormValues.authority(a, s)); //$NON-NLS-1$
		f.field(s.get("form.application"), a.getId()); //$NON-NLS-1$
		f.field(s.get("form.reference"), a.getReference()); //$NON-NLS-1$
		f.field(s.get("form.status"), s.of("status", a.getStatus())); //$NON-NLS-1$ //$NON-NLS-2$
		f.field(s.get("form.permitNumber"), a.getPermitNumber()); //$NON-NLS-1$
	}

	private void applicant() throws IOException {
		f.heading(s.get("section.applicant")); //$NON-NLS-1$
		Production p = production(a);
		String company = text(a.getApplicant()).isBlank() && p != null ? p.getCompany() : a.getApplicant();
		f.field(s.get("applicant.company"), company); //$NON-NLS-1$
		Person person = a.getPersonInCharge();
		f.field(s.get("applicant.personInCharge"), person == null ? "" : person.getName()); //$NON-NLS-1$ //$NON-NLS-2$
		f.field(s.get("applicant.phone"), person == null ? "" : person.getPhone()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void production() throws IOException {
		f.heading(s.get("section.production")); //$NON-NLS-1$
		Production p = production(a);
		f.field(s.get("production.title"), p == null ? "" : p.getTitle()); //$NON-NLS-1$ //$NON-NLS-2$
		f.field(s.get("production.originalTitle"), p == null ? "" : p.getOriginalTitle()); //$NON-NLS-1$ //$NON-NLS-2$
		f.field(s.get("production.format"), p == null ? "" : s.of("format", p.getFormat())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void activity() throws IOException {
		f.heading(s.get("section.activity")); //$NON-NLS-1$
		f.field(s.get("activity.description"), a.getDescription()); //$NON-NLS-1$
		f.field(s.get("activity.reasons"), a.getReasons().isEmpty() ? "" : String.join("\n", a.getReasons())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void locations() throws IOException {
		f.heading(s.get("section.locations")); //$NON-NLS-1$
		if (a.getLocations().isEmpty()) {
			f.text(s.get("none"), FormLayout.BODY, 0, Color.BLACK); //$NON-NLS-1$
		}
		int n = 0;
		for (Location l : a.getLocations()) {
			f.gap(n == 0 ? 0 : 4);
			f.text(++n + ". " + FormValues.location(l, s), 10, 0, Color.BLACK); //$NON-NLS-1$
			f.field(s.get("location.address"), l.getAddress()); //$NON-NLS-1$
			f.field(s.get("location.ground"), s.of("location", l.getType())); //$NON-NLS-1$ //$NON-NLS-2$
			String owner = text(l.getOwner()) + (text(l.getOwnerContact()).isBlank() ? "" : DOT + l.getOwnerContact()); //$NON-NLS-1$
			f.field(s.get("location.owner"), owner); //$NON-NLS-1$
			f.field(s.get("location.parking"), l.getParking()); //$NON-NLS-1$
			f.field(s.get("location.sketch"), FormValues.sketchFile(a, l).map(file -> s.format("document.attached", file)) //$NON-NLS-1$ //$NON-NLS-2$
					.orElse(s.get("document.missing"))); //$NON-NLS-1$
		}
	}

	private void periods() throws IOException {
		f.heading(s.get("section.periods")); //$NON-NLS-1$
		List<PermitPeriod> sorted = new ArrayList<>(a.getPeriods());
		sorted.sort(Comparator.comparing(PermitPeriod::getStart, Comparator.nullsLast(Comparator.<Date>naturalOrder())));
		List<List<String>> rows = new ArrayList<>();
		for (PermitPeriod p : sorted) {
			rows.add(List.of(s.of("period", p.getKind()), FormValues.dateTime(p.getStart()), FormValues.end(p.getStart(), p.getEnd()), //$NON-NLS-1$
					FormValues.hours(p.getStart(), p.getEnd())));
		}
		f.table(List.of(s.get("period.kind"), s.get("period.start"), s.get("period.end"), s.get("period.hours")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				new float[] { 0.25f, 0.3f, 0.3f, 0.15f }, rows);
	}

	private void closures() throws IOException {
		f.heading(s.get("section.closures")); //$NON-NLS-1$
		if (a.getRoadClosures().isEmpty()) {
			f.text(s.get("none"), FormLayout.BODY, 0, Color.BLACK); //$NON-NLS-1$
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (RoadClosure c : a.getRoadClosures()) {
			rows.add(List.of(text(c.getRoad()), FormValues.dateTime(c.getStart()), FormValues.end(c.getStart(), c.getEnd()),
					text(c.getTrafficPlan())));
		}
		f.table(List.of(s.get("closure.road"), s.get("period.start"), s.get("period.end"), s.get("closure.plan")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				new float[] { 0.28f, 0.2f, 0.14f, 0.38f }, rows);
	}

	private void hazards() throws IOException {
		f.heading(s.get("section.hazards")); //$NON-NLS-1$
		List<String> names = new ArrayList<>();
		for (Hazard h : a.getHazards()) {
			names.add(s.of("hazard", h)); //$NON-NLS-1$
		}
		f.text(names.isEmpty() ? s.get("none") : String.join(s.chinese() ? "\u3001" : ", ", names), FormLayout.BODY, 0, Color.BLACK); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void documents() throws IOException {
		f.heading(s.get("section.documents")); //$NON-NLS-1$
		if (a.getDocuments().isEmpty()) {
			f.text(s.get("none"), FormLayout.BODY, 0, Color.BLACK); //$NON-NLS-1$
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (PermitDocument d : a.getDocuments()) {
			String file = FormValues.fileName(d.getPath());
			rows.add(List.of(FormValues.documentKind(d.getKind(), s), file.isEmpty() ? s.get("document.missing") : file, FormValues.date(d.getExpires()))); //$NON-NLS-1$
		}
		f.table(List.of(s.get("document.kind"), s.get("document.file"), s.get("document.expires")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new float[] { 0.38f, 0.44f, 0.18f }, rows);
	}

	private void signatures() throws IOException {
		f.heading(s.get("section.signatures")); //$NON-NLS-1$
		f.text(s.get("declaration"), FormLayout.BODY, 0, Color.BLACK); //$NON-NLS-1$
		String date = s.get("sign.date"); //$NON-NLS-1$
		f.signature(s.get("sign.applicant"), date); //$NON-NLS-1$
		f.signature(s.get("sign.personInCharge"), date); //$NON-NLS-1$
		f.signature(s.get("sign.authority"), date); //$NON-NLS-1$
	}

	private String orNone(String value) {
		return text(value).isBlank() ? s.get("none") : value; //$NON-NLS-1$
	}

	private static Production production(PermitApplication a) {
		return a.eContainer() instanceof Production p ? p : null;
	}

	private static String text(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
