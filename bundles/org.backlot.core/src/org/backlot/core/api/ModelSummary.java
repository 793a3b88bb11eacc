// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Counts and key facts of a production or studio, for `backlot cli info` and overviews. */
public final class ModelSummary {
	private ModelSummary() {
	}

	/** Ordered facts with stable English keys. */
	public static Map<String, Object> of(EObject root) {
		Map<String, Object> m = new LinkedHashMap<>();
		if (root instanceof Production p) {
			m.put("type", "production"); //$NON-NLS-1$ //$NON-NLS-2$
			m.put("title", p.getTitle()); //$NON-NLS-1$
			put(m, "originalTitle", p.getOriginalTitle()); //$NON-NLS-1$
			put(m, "translatedTitle", p.getTranslatedTitle()); //$NON-NLS-1$
			put(m, "company", p.getCompany()); //$NON-NLS-1$
			put(m, "start", date(p.getStartDate())); //$NON-NLS-1$
			put(m, "wrap", date(p.getWrapDate())); //$NON-NLS-1$
			put(m, "studio", p.getStudio() == null ? null : p.getStudio().getName()); //$NON-NLS-1$
			int scenes = p.getScript() == null ? 0 : p.getScript().getScenes().size();
			int eighths = p.getScript() == null ? 0 : p.getScript().getScenes().stream().mapToInt(Scene::getEighths).sum();
			m.put("scenes", scenes); //$NON-NLS-1$
			m.put("pages", Eighths.format(eighths)); //$NON-NLS-1$
			m.put("elements", p.getBreakdown() == null ? 0 : p.getBreakdown().getElements().size()); //$NON-NLS-1$
			m.put("cast", p.getBreakdown() == null ? 0 : p.getBreakdown().getElements().stream().filter(CastMember.class::isInstance).count()); //$NON-NLS-1$
			m.put("shots", p.getShotList() == null ? 0 : p.getShotList().getShots().size()); //$NON-NLS-1$
			m.put("schedules", p.getSchedules().size()); //$NON-NLS-1$
			Schedule active = p.getActiveSchedule();
			m.put("shootDays", active == null ? 0 : active.getItems().stream().filter(ShootDay.class::isInstance).count()); //$NON-NLS-1$
			m.put("lightingSetups", p.getLighting() == null ? 0 : p.getLighting().getSetups().size()); //$NON-NLS-1$
			m.put("permitApplications", p.getPermitApplications().size()); //$NON-NLS-1$
		} else if (root instanceof Studio s) {
			m.put("type", "studio"); //$NON-NLS-1$ //$NON-NLS-2$
			m.put("name", s.getName()); //$NON-NLS-1$
			put(m, "nameZh", s.getNameZh()); //$NON-NLS-1$
			m.put("stages", s.getStages().size()); //$NON-NLS-1$
			m.put("ledStages", s.getStages().stream().filter(Stage::isLedVolume).count()); //$NON-NLS-1$
			m.put("inventoryItems", s.getInventory().size()); //$NON-NLS-1$
			m.put("extras", s.getExtras().size()); //$NON-NLS-1$
			m.put("apartments", s.getApartments().size()); //$NON-NLS-1$
			m.put("locations", s.getLocations().size()); //$NON-NLS-1$
			m.put("fixtureTypes", s.getFixtureTypes().size()); //$NON-NLS-1$
			m.put("authorities", s.getAuthorities().size()); //$NON-NLS-1$
			m.put("bookings", s.getBookings().size()); //$NON-NLS-1$
		}
		if (root != null && root.eResource() != null) {
			m.put("file", root.eResource().getURI().toFileString()); //$NON-NLS-1$
		}
		return m;
	}

	/** A short label for an object: its type and its name, number or title. */
	public static String label(EObject o) {
		String type = o.eClass().getName();
		for (String attr : new String[] { "number", "name", "title", "code", "heading" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			EStructuralFeature f = o.eClass().getEStructuralFeature(attr);
			if (f != null && o.eGet(f) != null) {
				return type + " " + o.eGet(f); //$NON-NLS-1$
			}
		}
		return type;
	}

	private static void put(Map<String, Object> m, String key, Object value) {
		if (value != null) {
			m.put(key, value);
		}
	}

	private static String date(Date d) {
		return d == null ? null : d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
	}
}
