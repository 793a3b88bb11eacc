// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.submit;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Location;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.internal.forms.FormValues;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The application as the documented exchange JSON (docs/permits-exchange.md), format version 1. */
final class ExchangeJson {
	/** The value of "format". */
	static final String FORMAT = "backlot-permit-application"; //$NON-NLS-1$
	/** Local date and time to the minute, ISO-8601. */
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT); //$NON-NLS-1$
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

	private ExchangeJson() {
	}

	/**
	 * The JSON text of an application.
	 *
	 * @param files the file name each document was copied under in documents/ (null for one without a file), in the
	 *              application's order
	 */
	static String of(PermitApplication a, String reference, List<String> files, LocalDateTime written) {
		JsonObject o = new JsonObject();
		o.addProperty("format", FORMAT); //$NON-NLS-1$
		o.addProperty("version", 1); //$NON-NLS-1$
		o.addProperty("id", text(a.getId())); //$NON-NLS-1$
		o.addProperty("reference", reference); //$NON-NLS-1$
		o.addProperty("written", TIME.format(written)); //$NON-NLS-1$
		o.add("authority", authority(a.getAuthority())); //$NON-NLS-1$
		Production p = a.eContainer() instanceof Production x ? x : null;
		JsonObject production = new JsonObject();
		production.addProperty("title", p == null ? "" : text(p.getTitle())); //$NON-NLS-1$ //$NON-NLS-2$
		production.addProperty("originalTitle", p == null ? "" : text(p.getOriginalTitle())); //$NON-NLS-1$ //$NON-NLS-2$
		production.addProperty("format", p == null || p.getFormat() == null ? "" : p.getFormat().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
		production.addProperty("company", p == null ? "" : text(p.getCompany())); //$NON-NLS-1$ //$NON-NLS-2$
		o.add("production", production); //$NON-NLS-1$
		o.addProperty("applicant", text(a.getApplicant())); //$NON-NLS-1$
		o.add("personInCharge", person(a.getPersonInCharge())); //$NON-NLS-1$
		o.addProperty("description", text(a.getDescription())); //$NON-NLS-1$
		o.add("reasons", strings(a.getReasons())); //$NON-NLS-1$
		JsonArray locations = new JsonArray();
		a.getLocations().forEach(l -> locations.add(location(l)));
		o.add("locations", locations); //$NON-NLS-1$
		JsonArray periods = new JsonArray();
		for (PermitPeriod x : a.getPeriods()) {
			JsonObject j = new JsonObject();
			j.addProperty("kind", x.getKind() == null ? "" : x.getKind().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
			j.add("start", time(x.getStart())); //$NON-NLS-1$
			j.add("end", time(x.getEnd())); //$NON-NLS-1$
			periods.add(j);
		}
		o.add("periods", periods); //$NON-NLS-1$
		o.addProperty("headCount", a.getHeadCount()); //$NON-NLS-1$
		o.addProperty("vehicleCount", a.getVehicleCount()); //$NON-NLS-1$
		o.addProperty("vehicleTypes", text(a.getVehicleTypes())); //$NON-NLS-1$
		o.addProperty("equipment", text(a.getEquipment())); //$NON-NLS-1$
		o.add("hazards", strings(a.getHazards().stream().map(Hazard::getLiteral).toList())); //$NON-NLS-1$
		JsonArray closures = new JsonArray();
		for (RoadClosure c : a.getRoadClosures()) {
			JsonObject j = new JsonObject();
			j.addProperty("road", text(c.getRoad())); //$NON-NLS-1$
			j.add("start", time(c.getStart())); //$NON-NLS-1$
			j.add("end", time(c.getEnd())); //$NON-NLS-1$
			j.addProperty("trafficPlan", text(c.getTrafficPlan())); //$NON-NLS-1$
			closures.add(j);
		}
		o.add("roadClosures", closures); //$NON-NLS-1$
		JsonArray documents = new JsonArray();
		for (int i = 0; i < a.getDocuments().size(); i++) {
			PermitDocument d = a.getDocuments().get(i);
			JsonObject j = new JsonObject();
			j.addProperty("kind", text(d.getKind())); //$NON-NLS-1$
			j.addProperty("file", files.get(i)); //$NON-NLS-1$
			j.add("expires", date(d.getExpires())); //$NON-NLS-1$
			j.addProperty("required", d.isRequired()); //$NON-NLS-1$
			documents.add(j);
		}
		o.add("documents", documents); //$NON-NLS-1$
		o.addProperty("fee", a.getFee()); //$NON-NLS-1$
		o.addProperty("form", FileExchangeAdapter.FORM); //$NON-NLS-1$
		return GSON.toJson(o);
	}

	private static JsonObject authority(Authority r) {
		JsonObject j = new JsonObject();
		j.addProperty("id", FileExchangeAdapter.authorityId(r)); //$NON-NLS-1$
		j.addProperty("kind", r == null || r.getKind() == null ? "" : r.getKind().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
		j.addProperty("name", r == null ? "" : text(r.getName())); //$NON-NLS-1$ //$NON-NLS-2$
		j.addProperty("nameZh", r == null ? "" : text(r.getNameZh())); //$NON-NLS-1$ //$NON-NLS-2$
		j.addProperty("form", Authorities.of(r).map(d -> d.formTitleZh()).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		return j;
	}

	private static JsonElement person(Person p) {
		if (p == null) {
			return JsonNull.INSTANCE;
		}
		JsonObject j = new JsonObject();
		j.addProperty("name", text(p.getName())); //$NON-NLS-1$
		j.addProperty("phone", text(p.getPhone())); //$NON-NLS-1$
		j.addProperty("email", text(p.getEmail())); //$NON-NLS-1$
		return j;
	}

	private static JsonObject location(Location l) {
		JsonObject j = new JsonObject();
		j.addProperty("id", text(l.getId())); //$NON-NLS-1$
		j.addProperty("name", text(l.getName())); //$NON-NLS-1$
		j.addProperty("nameZh", text(l.getNameZh())); //$NON-NLS-1$
		j.addProperty("address", text(l.getAddress())); //$NON-NLS-1$
		j.addProperty("type", l.getType() == null ? "" : l.getType().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
		j.addProperty("owner", text(l.getOwner())); //$NON-NLS-1$
		j.addProperty("ownerContact", text(l.getOwnerContact())); //$NON-NLS-1$
		j.addProperty("parking", text(l.getParking())); //$NON-NLS-1$
		j.addProperty("road", l.isRoad()); //$NON-NLS-1$
		j.addProperty("landmark", l.isLandmark()); //$NON-NLS-1$
		j.addProperty("latitude", l.getLatitude()); //$NON-NLS-1$
		j.addProperty("longitude", l.getLongitude()); //$NON-NLS-1$
		return j;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray j = new JsonArray();
		values.forEach(v -> j.add(text(v)));
		return j;
	}

	private static JsonElement date(Date d) {
		return d == null ? JsonNull.INSTANCE : new JsonPrimitive(FormValues.local(d).toLocalDate().toString());
	}

	private static JsonElement time(Date d) {
		return d == null ? JsonNull.INSTANCE : new JsonPrimitive(TIME.format(FormValues.local(d)));
	}

	private static String text(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
