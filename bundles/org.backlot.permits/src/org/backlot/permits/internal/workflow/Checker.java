// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.Checklist;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.Documents;
import org.backlot.permits.api.PermitField;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.osgi.util.NLS;

/** Builds an application's completeness checklist from its authority's rules (see {@link org.backlot.permits.api.Completeness}). */
public final class Checker {
	private Checker() {
	}

	/**
	 * The checklist of an application to the authority {@code def} (null when its rules are unknown: the basic fields
	 * and the documents the studio record and the application list), with documents judged on {@code today}.
	 */
	public static Checklist of(PermitApplication a, AuthorityDefinition def, LocalDate today) {
		List<Checklist.Item> fields = new ArrayList<>();
		for (PermitField f : requiredFields(def)) {
			fields.add(Fields.item(a, f));
		}
		List<Checklist.Item> documents = new ArrayList<>();
		for (DocumentKind kind : requiredKinds(a, def)) {
			documents.add(document(a, kind, today));
		}
		return new Checklist(List.copyOf(fields), List.copyOf(documents));
	}

	/** The fields the authority requires, in the order of {@link PermitField}. */
	public static Set<PermitField> requiredFields(AuthorityDefinition def) {
		Set<PermitField> asked = def == null ? PermitField.BASIC : def.rules().requiredFields(def);
		EnumSet<PermitField> ordered = EnumSet.noneOf(PermitField.class);
		ordered.addAll(asked == null || asked.isEmpty() ? PermitField.BASIC : asked);
		return ordered;
	}

	/** The documents the authority asks for: its rules' list, then the studio record's, without repeats. */
	public static List<DocumentKind> askedKinds(PermitApplication a, AuthorityDefinition def) {
		List<DocumentKind> kinds = new ArrayList<>();
		if (def != null) {
			def.rules().documents(a, def).forEach(k -> add(kinds, k));
		}
		if (a.getAuthority() != null) {
			a.getAuthority().getRequiredDocuments().forEach(k -> add(kinds, kind(k, kinds)));
		}
		return kinds;
	}

	/** The documents the checklist holds: those the authority asks for, then the application's own required rows. */
	public static List<DocumentKind> requiredKinds(PermitApplication a, AuthorityDefinition def) {
		List<DocumentKind> kinds = askedKinds(a, def);
		for (PermitDocument d : a.getDocuments()) {
			if (d.isRequired()) {
				add(kinds, kind(d.getKind(), kinds));
			}
		}
		return kinds;
	}

	/** The kind with this key: one of those given, else one of Backlot's common kinds, else the key as its own label. */
	public static DocumentKind kind(String key, List<DocumentKind> known) {
		if (Names.blank(key)) {
			return null;
		}
		for (DocumentKind k : known) {
			if (Names.sameKind(k.key(), key)) {
				return k;
			}
		}
		String label = switch (key.strip().toLowerCase(Locale.ROOT)) {
		case DocumentKind.INSURANCE -> Messages.docInsurance;
		case DocumentKind.CREW_LIST -> Messages.docCrewList;
		case DocumentKind.SITE_PLAN -> Messages.docSitePlan;
		case DocumentKind.TRAFFIC_PLAN -> Messages.docTrafficPlan;
		case DocumentKind.OWNER_CONSENT -> Messages.docOwnerConsent;
		case DocumentKind.NEIGHBOUR_NOTICE -> Messages.docNeighbourNotice;
		case DocumentKind.WEAPONS_LIST -> Messages.docWeaponsList;
		case DocumentKind.PYROTECHNICS_PLAN -> Messages.docPyrotechnicsPlan;
		case DocumentKind.OPERATOR_LICENCE -> Messages.docOperatorLicence;
		case DocumentKind.DRONE_REGISTRATION -> Messages.docDroneRegistration;
		case DocumentKind.PILOT_LICENCE -> Messages.docPilotLicence;
		case DocumentKind.FLIGHT_PLAN -> Messages.docFlightPlan;
		case DocumentKind.REGISTRATION -> Messages.docRegistration;
		case DocumentKind.SYNOPSIS -> Messages.docSynopsis;
		default -> key.strip();
		};
		return new DocumentKind(key.strip(), label);
	}

	private static void add(List<DocumentKind> kinds, DocumentKind kind) {
		if (kind != null && !Names.blank(kind.key()) && kinds.stream().noneMatch(k -> Names.sameKind(k.key(), kind.key()))) {
			kinds.add(kind);
		}
	}

	/** One document entry: done when a row of that kind names an existing file that has not expired. */
	private static Checklist.Item document(PermitApplication a, DocumentKind kind, LocalDate today) {
		String why = Messages.notAttached;
		for (PermitDocument d : a.getDocuments()) {
			if (!Names.sameKind(d.getKind(), kind.key()) || Names.blank(d.getPath())) {
				continue;
			}
			Path file = Documents.resolve(d);
			if (file == null || !Files.isRegularFile(file)) {
				why = NLS.bind(Messages.fileNotFound, d.getPath());
			} else if (Documents.expired(d, today)) {
				why = NLS.bind(Messages.expiredOn, ShootCalendar.label(ShootCalendar.toLocal(d.getExpires())));
			} else {
				String detail = d.getExpires() == null ? d.getPath()
						: NLS.bind(Messages.validUntil, d.getPath(), ShootCalendar.label(ShootCalendar.toLocal(d.getExpires())));
				return new Checklist.Item(kind.label(), true, detail);
			}
		}
		return new Checklist.Item(kind.label(), false, why);
	}
}
