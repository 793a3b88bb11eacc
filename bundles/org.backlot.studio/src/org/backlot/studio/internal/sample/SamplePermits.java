// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.backlot.core.api.AtomicFiles;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.StatusChange;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Studio;

/**
 * The sample's permit applications as a location manager leaves them in late November: the district registration
 * approved in two working days, the mountain-road closure with the traffic police, the police asking for more on the
 * prop pistol, the fire department's application still a draft; the rest of the schedule not applied for yet. The
 * documents they list are written beside the production.
 */
public final class SamplePermits {
	/** Folder of the sample's permit documents, relative to the production file's folder. */
	static final String FOLDER = "last-pot-of-tea.assets/permits/"; //$NON-NLS-1$
	private static final String BY = "马骏 Ma Jun"; //$NON-NLS-1$
	private static final PermitsFactory F = PermitsFactory.eINSTANCE;
	/** File name and text of each sample document. */
	private static final Map<String, String> FILES = Map.of( //
			"insurance-certificate.txt", "Public liability insurance certificate / 公众责任险保险凭证\nInsured: Jialing River Pictures\nPolicy: PL-2026-88817, CNY 10,000,000 per occurrence\nValid: 2026-11-01 to 2027-04-30\nNames as additional insured: Yongchuan District authorities\n", //$NON-NLS-1$ //$NON-NLS-2$
			"production-registration.txt", "电影剧本（梗概）备案 / Film script registration\nTitle: 最后一壶茶 The Last Pot of Tea\nRegistration no. 影剧备字〔2026〕第 4471 号\n", //$NON-NLS-1$ //$NON-NLS-2$
			"synopsis.txt", "Chongqing, 1941. A tea-house keeper, a radio operator and a police inspector share a city under the bombers and one last pot of tea.\n1941年的重庆，茶馆老板、电台报务员与警探在轰炸下的山城共饮最后一壶茶。\n", //$NON-NLS-1$ //$NON-NLS-2$
			"traffic-control-plan.txt", "Mountain Road (盘山公路), bend 5 to bend 9: rolling closures of at most 5 minutes, flaggers at both ends, detour via Huangguashan village road.\n", //$NON-NLS-1$ //$NON-NLS-2$
			"site-plan-mountain-road.txt", "Site plan: base camp at the passing place at bend 7; picture vehicles staged at bend 9; no equipment on the carriageway.\n", //$NON-NLS-1$ //$NON-NLS-2$
			"crew-list.txt", "Crew list, 45 people, with ID numbers on file at the production office.\n", //$NON-NLS-1$ //$NON-NLS-2$
			"weapons-list.txt", "Prop weapons: 2 × Mauser C96 replica (non-firing), blank-firing only with the licensed armourer present.\n"); //$NON-NLS-1$ //$NON-NLS-2$

	private SamplePermits() {
	}

	static void add(Production p, Map<String, Scene> scenes, Studio studio) {
		PermitApplication culture = application(p, studio, AuthorityKind.CULTURE_TOURISM, "Filming of the short feature in Yongchuan and Yuzhong", //$NON-NLS-1$
				"2027-03-01T07:00", "2027-03-18T06:00", 60, scenes.get("1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		history(culture, "2026-11-09T10:00", PermitStatus.DRAFT, "2026-11-10T16:30", PermitStatus.COMPLETE, "2026-11-10T17:00", PermitStatus.SUBMITTED, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"2026-11-12T11:20", PermitStatus.APPROVED); //$NON-NLS-1$
		culture.setPermitNumber("YC-2027-0142"); //$NON-NLS-1$
		culture.setReference("FX-0142"); //$NON-NLS-1$
		culture.setConditions("Credit the Yongchuan film office; no filming in the Yuzhong landmarks on public holidays."); //$NON-NLS-1$
		document(culture, "registration", "production-registration.txt", null); //$NON-NLS-1$ //$NON-NLS-2$
		document(culture, "synopsis", "synopsis.txt", null); //$NON-NLS-1$ //$NON-NLS-2$

		PermitApplication road = application(p, studio, AuthorityKind.TRAFFIC_POLICE, "Police truck on the mountain road, rolling closures", //$NON-NLS-1$
				"2027-03-06T10:00", "2027-03-07T00:00", 38, scenes.get("14")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		road.setVehicleCount(3);
		road.setVehicleTypes("1940s police truck, camera car, unit van"); //$NON-NLS-1$
		road.getHazards().add(Hazard.MOVING_VEHICLES);
		history(road, "2026-11-16T09:00", PermitStatus.DRAFT, "2026-11-20T10:00", PermitStatus.COMPLETE, "2026-11-20T11:30", PermitStatus.SUBMITTED); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		road.setReference("FX-2217"); //$NON-NLS-1$
		document(road, "traffic-plan", "traffic-control-plan.txt", null); //$NON-NLS-1$ //$NON-NLS-2$
		document(road, "site-plan", "site-plan-mountain-road.txt", null); //$NON-NLS-1$ //$NON-NLS-2$
		document(road, "insurance", "insurance-certificate.txt", "2027-04-30T00:00"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		PermitApplication police = application(p, studio, AuthorityKind.POLICE, "Prop Mauser pistol and a chase through the old town", //$NON-NLS-1$
				"2027-03-08T06:00", "2027-03-08T20:00", 45, scenes.get("15")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		police.getHazards().add(Hazard.FIREARMS);
		police.getHazards().add(Hazard.STUNTS);
		history(police, "2026-11-12T10:00", PermitStatus.DRAFT, "2026-11-13T10:00", PermitStatus.COMPLETE, "2026-11-13T14:00", PermitStatus.SUBMITTED, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"2026-11-18T16:10", PermitStatus.MORE_INFO); //$NON-NLS-1$
		police.getHistory().get(police.getHistory().size() - 1).setNote("Send the armourer's licence and the stunt co-ordinator's plan for the chase."); //$NON-NLS-1$
		police.setReference("FX-1975"); //$NON-NLS-1$
		document(police, "weapons-list", "weapons-list.txt", null); //$NON-NLS-1$ //$NON-NLS-2$
		document(police, "crew-list", "crew-list.txt", null); //$NON-NLS-1$ //$NON-NLS-2$
		document(police, "insurance", "insurance-certificate.txt", "2027-04-30T00:00"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		PermitApplication fire = application(p, studio, AuthorityKind.FIRE, "Distant explosions over the wharf at night", //$NON-NLS-1$
				"2027-03-01T09:00", "2027-03-02T00:00", 60, scenes.get("9")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		fire.getHazards().add(Hazard.PYROTECHNICS);
		fire.getHazards().add(Hazard.SMOKE);
		history(fire, "2026-11-20T11:00", PermitStatus.DRAFT); //$NON-NLS-1$
		document(fire, "insurance", "insurance-certificate.txt", "2027-04-30T00:00"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Writes the documents the applications list beside the production file. */
	public static void write(Path productionFolder) throws IOException {
		Path folder = productionFolder.resolve(FOLDER);
		Files.createDirectories(folder);
		for (Map.Entry<String, String> e : FILES.entrySet()) {
			AtomicFiles.write(folder.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
		}
	}

	private static PermitApplication application(Production p, Studio studio, AuthorityKind kind, String what, String from, String to, int heads,
			Scene scene) {
		PermitApplication a = F.createPermitApplication();
		a.setAuthority(studio.getAuthorities().stream().filter(x -> x.getKind() == kind).findFirst().orElseThrow());
		a.setDescription(what);
		a.setApplicant(p.getCompany());
		if (scene.getLocation() != null) {
			a.getLocations().add(scene.getLocation());
		}
		a.getScenes().add(scene);
		PermitPeriod period = F.createPermitPeriod();
		period.setKind(PeriodKind.SHOOT);
		period.setStart(at(from));
		period.setEnd(at(to));
		a.getPeriods().add(period);
		a.setHeadCount(heads);
		a.setPersonInCharge(p.getPeople().stream().filter(x -> "Location manager".equals(x.getRole())).findFirst().orElse((Person) null)); //$NON-NLS-1$
		p.getPermitApplications().add(a);
		return a;
	}

	/** Adds history entries from (when, status) pairs; the last one is the application's status. */
	private static void history(PermitApplication a, Object... whenAndStatus) {
		for (int i = 0; i < whenAndStatus.length; i += 2) {
			StatusChange c = F.createStatusChange();
			c.setAt(at((String) whenAndStatus[i]));
			c.setStatus((PermitStatus) whenAndStatus[i + 1]);
			c.setBy(BY);
			a.getHistory().add(c);
			a.setStatus(c.getStatus());
		}
	}

	private static void document(PermitApplication a, String kind, String file, String expires) {
		PermitDocument d = F.createPermitDocument();
		d.setKind(kind);
		d.setPath(FOLDER + file);
		d.setRequired(true);
		d.setAdded(at("2026-11-09T10:00")); //$NON-NLS-1$
		if (expires != null) {
			d.setExpires(at(expires));
		}
		a.getDocuments().add(d);
	}

	private static Date at(String isoLocal) {
		return Date.from(LocalDateTime.parse(isoLocal).atZone(ZoneId.systemDefault()).toInstant());
	}
}
