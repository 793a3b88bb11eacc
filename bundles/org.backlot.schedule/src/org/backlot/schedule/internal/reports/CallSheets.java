// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.reports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.backlot.core.api.Eighths;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.CallSheet;
import org.backlot.schedule.api.DayKind;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.SceneNeeds;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.schedule.api.SunTimes;
import org.eclipse.osgi.util.NLS;

/** Builds a {@link CallSheet} from a board's shoot day. */
public final class CallSheets {
	/** Categories listed as special requirements. */
	static final Set<String> SPECIAL = Set.of("animals", "weapons", "sfx", "stunts", "vehicles", "vfx", "equipment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	/** The zone when the studio names none. */
	static final String DEFAULT_ZONE = "Asia/Shanghai"; //$NON-NLS-1$
	private static final int BACKGROUND_LEAD = 90;
	private static final int BACKGROUND_BEFORE_CREW = 60;

	private CallSheets() {
	}

	/** The call sheet of the board's day of that number; IllegalArgumentException when there is none. */
	public static CallSheet build(Production p, Schedule board, int dayNumber) {
		List<ShootDay> banners = Boards.days(board);
		int index = -1;
		for (int i = 0; i < banners.size() && index < 0; i++) {
			int n = banners.get(i).getDayNumber() > 0 ? banners.get(i).getDayNumber() : i + 1;
			if (n == dayNumber) {
				index = i;
			}
		}
		if (index < 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.dayOutOfRange, dayNumber, banners.size()));
		}
		Plan plan = Boards.read(board);
		ShootCalendar calendar = ShootCalendar.of(p, board);
		List<DayKind> kinds = new ArrayList<>();
		plan.days().forEach(d -> kinds.add(DayKind.of(d)));
		ShootCalendar.Dated dated = calendar.date(kinds);
		ShootDay day = banners.get(index);
		List<Scene> scenes = plan.days().get(index);
		LocalDate date = dateOf(day, dated, index);
		LocalTime crewCall = ShootCalendar.time(day.getCrewCall(), dated.calls().get(index).toLocalTime());
		LocalTime shootingCall = ShootCalendar.time(day.getShootingCall(), crewCall.plusHours(1));
		LocalTime wrap = ShootCalendar.time(day.getWrap(), crewCall.plus(calendar.dayLength()));
		SceneNeeds needs = SceneNeeds.of(p, board);

		List<CallSheet.SceneLine> lines = new ArrayList<>();
		Map<Scene, LocalTime> starts = new LinkedHashMap<>();
		LocalTime t = shootingCall;
		Scene previous = null;
		for (Scene s : scenes) {
			if (previous != null && !SceneNeeds.placeKey(previous).equals(SceneNeeds.placeKey(s))) {
				t = t.plusMinutes(needs.moveMinutes()); // the company moves before the scene
			}
			previous = s;
			int minutes = needs.minutes(s);
			starts.put(s, t);
			lines.add(new CallSheet.SceneLine(ReportText.orEmpty(s.getNumber()), ReportText.orEmpty(s.getSetName()), intExt(s.getIntExt()),
					dayNight(s.getTimeOfDay()), Eighths.format(s.getEighths()), needs.castNumbers(s), ReportText.orEmpty(s.getSynopsis()),
					needs.extras(s), t, minutes));
			t = t.plusMinutes(minutes);
		}
		List<CallSheet.AdvanceDay> advance = new ArrayList<>();
		for (int i = index + 1; i < Math.min(banners.size(), index + 3); i++) {
			List<String> numbers = new ArrayList<>();
			Set<String> sets = new LinkedHashSet<>();
			for (Scene s : plan.days().get(i)) {
				numbers.add(ReportText.orEmpty(s.getNumber()));
				sets.add(SceneNeeds.placeName(s));
			}
			int n = banners.get(i).getDayNumber() > 0 ? banners.get(i).getDayNumber() : i + 1;
			advance.add(new CallSheet.AdvanceDay(n, dateOf(banners.get(i), dated, i), List.copyOf(numbers), List.copyOf(sets)));
		}
		return new CallSheet(ReportText.orEmpty(p.getTitle()), ReportText.orEmpty(p.getOriginalTitle()), dayNumber, banners.size(), date,
				crewCall, shootingCall, wrap, ReportText.orEmpty(day.getWeather()), sun(p, scenes, date), places(p, scenes), List.copyOf(lines),
				cast(needs, starts, crewCall), background(p, starts, crewCall), requirements(needs, scenes), List.copyOf(advance),
				crew(p, crewCall));
	}

	private static LocalDate dateOf(ShootDay day, ShootCalendar.Dated dated, int index) {
		return day.getDate() != null ? ShootCalendar.toLocal(day.getDate()) : dated.dates().get(index);
	}

	static String intExt(IntExt ie) {
		if (ie == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (ie) {
		case INT -> "INT"; //$NON-NLS-1$
		case EXT -> "EXT"; //$NON-NLS-1$
		case INT_EXT -> "INT/EXT"; //$NON-NLS-1$
		};
	}

	static String dayNight(TimeOfDay t) {
		if (t == null) {
			return "D"; //$NON-NLS-1$
		}
		return switch (t) {
		case NIGHT, EVENING -> "N"; //$NON-NLS-1$
		case DAWN, DUSK -> t.getLiteral();
		default -> "D"; //$NON-NLS-1$
		};
	}

	/** Sunrise and sunset at the first scene's location, else (a stage, no position) at the studio; null when neither has a position. */
	static SunTimes sun(Production p, List<Scene> scenes, LocalDate date) {
		Studio studio = p.getStudio();
		ZoneId zone = zone(studio);
		Location l = scenes.isEmpty() ? null : scenes.get(0).getLocation();
		if (l != null && (l.getLatitude() != 0 || l.getLongitude() != 0)) {
			return SunTimes.of(date, l.getLatitude(), l.getLongitude(), zone);
		}
		if (studio != null && (studio.getLatitude() != 0 || studio.getLongitude() != 0)) {
			return SunTimes.of(date, studio.getLatitude(), studio.getLongitude(), zone);
		}
		return null;
	}

	private static ZoneId zone(Studio studio) {
		String id = studio == null || studio.getTimeZone() == null || studio.getTimeZone().isBlank() ? DEFAULT_ZONE : studio.getTimeZone();
		try {
			return ZoneId.of(id.trim());
		} catch (DateTimeException e) {
			return ZoneId.of(DEFAULT_ZONE);
		}
	}

	private static List<CallSheet.Place> places(Production p, List<Scene> scenes) {
		Map<String, CallSheet.Place> out = new LinkedHashMap<>();
		for (Scene s : scenes) {
			String key = SceneNeeds.placeKey(s);
			if (out.containsKey(key)) {
				continue;
			}
			Location l = s.getLocation();
			Stage st = s.getStage();
			if (l != null) {
				out.put(key, new CallSheet.Place(SceneNeeds.placeName(s), ReportText.orEmpty(l.getAddress()), ReportText.orEmpty(l.getParking()),
						ReportText.orEmpty(l.getNearestHospital())));
			} else if (st != null) {
				String name = SceneNeeds.placeName(s) + (st.getNameZh() != null && !st.getNameZh().isEmpty() ? " " + st.getNameZh() : ""); //$NON-NLS-1$ //$NON-NLS-2$
				String address = p.getStudio() == null ? "" : ReportText.orEmpty(p.getStudio().getAddress()); //$NON-NLS-1$
				out.put(key, new CallSheet.Place(name, address, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				out.put(key, new CallSheet.Place(SceneNeeds.placeName(s), "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return List.copyOf(out.values());
	}

	private static List<CallSheet.CastCall> cast(SceneNeeds needs, Map<Scene, LocalTime> starts, LocalTime crewCall) {
		Map<CastMember, LocalTime> first = new LinkedHashMap<>();
		Map<CastMember, List<String>> scenes = new LinkedHashMap<>();
		for (Map.Entry<Scene, LocalTime> e : starts.entrySet()) {
			for (CastMember c : needs.cast(e.getKey())) {
				first.putIfAbsent(c, e.getValue());
				scenes.computeIfAbsent(c, k -> new ArrayList<>()).add(ReportText.orEmpty(e.getKey().getNumber()));
			}
		}
		List<CallSheet.CastCall> out = new ArrayList<>();
		for (Map.Entry<CastMember, LocalTime> e : first.entrySet()) {
			CastMember c = e.getKey();
			LocalTime onSet = e.getValue().isBefore(crewCall) ? crewCall : e.getValue();
			LocalTime makeup = onSet.minusMinutes(Math.max(0, c.getMakeupMinutes()));
			LocalTime pickup = makeup.minusMinutes(Math.max(0, c.getPickupMinutes()));
			String actor = ReportText.orEmpty(c.getActor());
			if (c.getActorAlt() != null && !c.getActorAlt().isEmpty()) {
				actor = actor.isEmpty() ? c.getActorAlt() : actor + " " + c.getActorAlt(); //$NON-NLS-1$
			}
			out.add(new CallSheet.CastCall(c.getCastNumber(), ReportText.orEmpty(c.getName()), actor, pickup, makeup, onSet,
					List.copyOf(scenes.get(c))));
		}
		out.sort(Comparator.comparingInt((CallSheet.CastCall c) -> c.castNumber() > 0 ? c.castNumber() : Integer.MAX_VALUE)
				.thenComparing(CallSheet.CastCall::character));
		return List.copyOf(out);
	}

	private static List<CallSheet.Background> background(Production p, Map<Scene, LocalTime> starts, LocalTime crewCall) {
		List<ExtrasRequirement> today = new ArrayList<>();
		LocalTime firstStart = null;
		if (p.getBreakdown() != null) {
			for (Scene s : starts.keySet()) {
				for (ExtrasRequirement r : p.getBreakdown().getExtras()) {
					if (r.getScene() == s && r.getCount() > 0) {
						today.add(r);
						if (firstStart == null) {
							firstStart = starts.get(s);
						}
					}
				}
			}
		}
		List<CallSheet.Background> out = new ArrayList<>();
		if (firstStart != null) {
			LocalTime report = firstStart.minusMinutes(BACKGROUND_LEAD);
			LocalTime earliest = crewCall.minusMinutes(BACKGROUND_BEFORE_CREW);
			if (report.isBefore(earliest)) {
				report = earliest;
			}
			for (ExtrasRequirement r : today) {
				out.add(new CallSheet.Background(ReportText.orEmpty(r.getScene().getNumber()), r.getCount(), ReportText.orEmpty(r.getDescription()),
						report));
			}
		}
		return List.copyOf(out);
	}

	private static List<CallSheet.Requirement> requirements(SceneNeeds needs, List<Scene> scenes) {
		List<CallSheet.Requirement> out = new ArrayList<>();
		for (Scene s : scenes) {
			for (Element e : needs.elements(s)) {
				String key = e.getCategory() == null ? "" : e.getCategory().getKey(); //$NON-NLS-1$
				String name = ReportText.orEmpty(e.getName());
				if (SPECIAL.contains(key) || name.toLowerCase(Locale.ROOT).contains("drone") || name.contains("\u65e0\u4eba\u673a")) { //$NON-NLS-1$ //$NON-NLS-2$
					out.add(new CallSheet.Requirement(ReportText.orEmpty(s.getNumber()), categoryName(e), name));
				}
			}
		}
		return List.copyOf(out);
	}

	private static String categoryName(Element e) {
		if (e.getCategory() == null) {
			return ""; //$NON-NLS-1$
		}
		String zh = e.getCategory().getNameZh();
		return ReportText.chinese() && zh != null && !zh.isEmpty() ? zh : ReportText.orEmpty(e.getCategory().getName());
	}

	private static List<CallSheet.CrewCall> crew(Production p, LocalTime crewCall) {
		List<Person> people = new ArrayList<>(p.getPeople());
		people.sort(Comparator.comparingInt(x -> x.getDepartment() == null ? Integer.MAX_VALUE : indexOf(p, x)));
		List<CallSheet.CrewCall> out = new ArrayList<>();
		for (Person x : people) {
			String dep = ""; //$NON-NLS-1$
			if (x.getDepartment() != null) {
				String zh = x.getDepartment().getNameZh();
				dep = ReportText.chinese() && zh != null && !zh.isEmpty() ? zh : ReportText.orEmpty(x.getDepartment().getName());
			}
			String name = ReportText.orEmpty(x.getName());
			if (x.getNameAlt() != null && !x.getNameAlt().isEmpty()) {
				name += " " + x.getNameAlt(); //$NON-NLS-1$
			}
			out.add(new CallSheet.CrewCall(dep, ReportText.orEmpty(x.getRole()), name, crewCall));
		}
		return List.copyOf(out);
	}

	private static int indexOf(Production p, Person x) {
		int i = p.getDepartments().indexOf(x.getDepartment());
		return i < 0 ? Integer.MAX_VALUE - 1 : i;
	}
}
