// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.production.ProductionFormat;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;

/** A crafted permit application to the police, with every field of the form filled in, for the forms and submission tests. */
final class PermitFormFixture {
	static final String ID = "3f2a9c1e-7b4d-4e2a-9c1e-5d6f7a8b9c0d";
	final Studio studio = StudioFactory.eINSTANCE.createStudio();
	final Production production = ProductionFactory.eINSTANCE.createProduction();
	final PermitApplication application = PermitsFactory.eINSTANCE.createPermitApplication();
	final Location wharf = StudioFactory.eINSTANCE.createLocation();
	final Location teahouse = StudioFactory.eINSTANCE.createLocation();

	PermitFormFixture() {
		Authority police = PermitsFactory.eINSTANCE.createAuthority();
		police.setId("auth-police");
		police.setKind(AuthorityKind.POLICE);
		police.setName("Yuzhong Public Security Bureau");
		police.setNameZh("\u6e1d\u4e2d\u533a\u516c\u5b89\u5206\u5c40");
		studio.getAuthorities().add(police);
		location(wharf, "loc-wharf", "Chaotianmen Wharf", "\u671d\u5929\u95e8\u7801\u5934", "1 Chaotianmen Square, Yuzhong", LocationType.PUBLIC,
				"Chongqing Port Authority", "Lot B beside the ferry terminal, 12 trucks");
		location(teahouse, "loc-tea", "Old Chen's Teahouse", "\u8001\u9648\u8336\u9986", "18 Ciqikou Street, Shapingba", LocationType.PRIVATE,
				"Chen Family", "Street parking, 2 vans");

		production.setTitle("The Last Pot of Tea");
		production.setOriginalTitle("\u6700\u540e\u4e00\u58f6\u8336");
		production.setFormat(ProductionFormat.FEATURE);
		production.setCompany("Backlot Pictures Ltd.");
		Person lead = ProductionFactory.eINSTANCE.createPerson();
		lead.setId("p-wang");
		lead.setName("Wang Lei");
		lead.setPhone("138 0000 1234");
		production.getPeople().add(lead);
		production.getPermitApplications().add(application);

		PermitApplication a = application;
		a.setId(ID);
		a.setAuthority(police);
		a.setApplicant("Backlot Pictures Ltd.");
		a.setPersonInCharge(lead);
		a.setDescription("Night chase along the wharf steps with two prop pistols; 40 background actors.");
		a.getReasons().add("Scene 14: prop weapons in a public place");
		a.getReasons().add("Scene 15: 40 background actors on the steps");
		a.getLocations().add(wharf);
		a.getLocations().add(teahouse);
		period(PeriodKind.PREP, LocalDate.of(2027, 3, 1), 14, 22);
		period(PeriodKind.SHOOT, LocalDate.of(2027, 3, 2), 18, 23);
		period(PeriodKind.STRIKE, LocalDate.of(2027, 3, 3), 1, 4);
		period(PeriodKind.RAIN, LocalDate.of(2027, 3, 4), 18, 23);
		a.setHeadCount(85);
		a.setVehicleCount(6);
		a.setVehicleTypes("2 grip trucks, 1 generator, 3 vans");
		a.setEquipment("Camera crane and 20 m of dolly track on the pavement");
		a.getHazards().add(Hazard.FIREARMS);
		a.getHazards().add(Hazard.CROWD);
		RoadClosure c = PermitsFactory.eINSTANCE.createRoadClosure();
		c.setRoad("Xinyi Street, north lane");
		c.setStart(date(LocalDate.of(2027, 3, 2), 19));
		c.setEnd(date(LocalDate.of(2027, 3, 2), 22));
		c.setTrafficPlan("Two marshals divert traffic to Shaanxi Road");
		a.getRoadClosures().add(c);
		document(DocumentKind.INSURANCE, "docs/insurance.pdf", LocalDate.of(2027, 12, 31));
		document(DocumentKind.SITE_PLAN, "docs/wharf-sketch.pdf", null);
		document("Owner consent", "", null);
		a.setFee(1500);
		a.setStatus(PermitStatus.SUBMITTED);
		a.setReference("FX-3f2a9c1e");
		a.setPermitNumber("YZ-2027-0042");
		a.setConditions("No firing of blanks after 22:00.");
	}

	/** A model date for a day and hour in this machine's zone. */
	static Date date(LocalDate d, int hour) {
		return Date.from(LocalDateTime.of(d, java.time.LocalTime.of(hour, 0)).atZone(ZoneId.systemDefault()).toInstant());
	}

	/** Adds a period from one hour to another (the next day when it ends before it starts). */
	PermitPeriod period(PeriodKind kind, LocalDate day, int from, int to) {
		PermitPeriod p = PermitsFactory.eINSTANCE.createPermitPeriod();
		p.setKind(kind);
		p.setStart(date(day, from));
		p.setEnd(date(to > from ? day : day.plusDays(1), to));
		application.getPeriods().add(p);
		return p;
	}

	private void document(String kind, String path, LocalDate expires) {
		PermitDocument d = PermitsFactory.eINSTANCE.createPermitDocument();
		d.setKind(kind);
		d.setPath(path);
		d.setRequired(true);
		d.setExpires(expires == null ? null : date(expires, 0));
		application.getDocuments().add(d);
	}

	private void location(Location l, String id, String name, String nameZh, String address, LocationType type, String owner, String parking) {
		l.setId(id);
		l.setName(name);
		l.setNameZh(nameZh);
		l.setAddress(address);
		l.setType(type);
		l.setOwner(owner);
		l.setParking(parking);
		studio.getLocations().add(l);
	}
}
