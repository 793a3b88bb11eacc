// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.sample;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.breakdown.api.InventoryMatcher;
import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Department;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.production.ProductionFormat;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.ParagraphType;
import org.backlot.model.script.Scene;
import org.backlot.model.script.Script;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Studio;

/** Builds the sample production on the sample studio from {@link SampleScript}. */
public final class SampleProduction {
	private SampleProduction() {
	}

	/** Creates the production; shots, lighting and permits are added by {@link SamplePlans}. */
	public static Production create(Studio studio) {
		Production p = NewProduction.create("The Last Pot of Tea", studio); //$NON-NLS-1$
		p.setOriginalTitle("最后一壶茶"); //$NON-NLS-1$
		p.setTranslatedTitle("The Last Pot of Tea"); //$NON-NLS-1$
		p.setCompany("Jialing River Pictures"); //$NON-NLS-1$
		p.setLanguage("zh"); //$NON-NLS-1$
		p.setFormat(ProductionFormat.SHORT);
		p.setStartDate(date("2027-03-01")); //$NON-NLS-1$
		p.setWrapDate(date("2027-03-20")); //$NON-NLS-1$
		crew(p);
		Script script = p.getScript();
		script.setTitle("最后一壶茶 The Last Pot of Tea"); //$NON-NLS-1$
		script.setAuthor("Backlot"); //$NON-NLS-1$
		Map<String, Scene> scenes = new LinkedHashMap<>();
		for (String[] row : SampleScript.SCENES) {
			Scene s = scene(row, studio);
			script.getScenes().add(s);
			scenes.put(s.getNumber(), s);
		}
		breakdown(p.getBreakdown(), scenes, studio);
		board(p.getActiveSchedule(), scenes, p.getStartDate());
		SamplePlans.add(p, scenes, studio);
		SampleSchedule.add(p);
		return p;
	}

	static Date date(String iso) {
		return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	private static void crew(Production p) {
		String[][] crew = { { "Direction", "导演组", "Director", "徐川", "Xu Chuan" }, { "Direction", "导演组", "1st AD", "唐宁", "Tang Ning" },
				{ "Camera", "摄影组", "Director of photography", "高远", "Gao Yuan" }, { "Electric", "灯光组", "Gaffer", "罗明", "Luo Ming" },
				{ "Production", "制片组", "Line producer", "彭丽", "Peng Li" }, { "Production", "制片组", "Location manager", "马骏", "Ma Jun" },
				{ "Art", "美术组", "Production designer", "叶青", "Ye Qing" }, { "Costume", "服装组", "Costume designer", "孔雯", "Kong Wen" } };
		Map<String, Department> departments = new HashMap<>();
		for (String[] c : crew) {
			Department d = departments.computeIfAbsent(c[0], k -> {
				Department dep = ProductionFactory.eINSTANCE.createDepartment();
				dep.setName(c[0]);
				dep.setNameZh(c[1]);
				p.getDepartments().add(dep);
				return dep;
			});
			Person person = ProductionFactory.eINSTANCE.createPerson();
			person.setName(c[3]);
			person.setNameAlt(c[4]);
			person.setRole(c[2]);
			person.setDepartment(d);
			p.getPeople().add(person);
		}
		// who comes from elsewhere and lives on the base while shooting (the director, producer and location manager live in Chongqing)
		String[][] housing = { { "唐宁", "quiet" }, { "高远", "quiet", "kitchen" }, { "罗明", "ground floor" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				{ "叶青", "share with 孔雯" }, { "孔雯", "share with Ye Qing", "kitchen" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (String[] h : housing) {
			Person person = p.getPeople().stream().filter(x -> x.getName().equals(h[0])).findFirst().orElseThrow();
			person.setHousing(true);
			person.getHousingPreferences().addAll(List.of(h).subList(1, h.length));
		}
	}

	private static Scene scene(String[] row, Studio studio) {
		Scene s = ScriptFactory.eINSTANCE.createScene();
		s.setNumber(row[0]);
		s.setIntExt(IntExt.get(row[1]));
		s.setTimeOfDay(TimeOfDay.get(row[2]));
		String[] set = row[3].split("\\|"); //$NON-NLS-1$
		s.setSetName(set[0] + " " + set[1]); //$NON-NLS-1$
		s.setHeading("第" + row[0] + "场 " + (s.getTimeOfDay() == TimeOfDay.NIGHT ? "夜" : s.getTimeOfDay() == TimeOfDay.DAWN ? "晨" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				: s.getTimeOfDay() == TimeOfDay.DUSK ? "黄昏" : "日") + " " + (s.getIntExt() == IntExt.INT ? "内" : "外") + " " + set[0]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		if (row[4].startsWith("S")) { //$NON-NLS-1$
			s.setStage(studio.getStages().get(Integer.parseInt(row[4].substring(1)) - 1));
		} else {
			String name = row[4].substring(2);
			s.setLocation(studio.getLocations().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow());
		}
		s.setStoryDay(Integer.parseInt(row[5]));
		s.setEighths(Integer.parseInt(row[6]));
		s.setSynopsis(row[7]);
		Paragraph heading = ScriptFactory.eINSTANCE.createParagraph();
		heading.setType(ParagraphType.HEADING);
		heading.setText(s.getHeading());
		s.getParagraphs().add(heading);
		for (int i = 8; i < row.length; i++) {
			Paragraph par = ScriptFactory.eINSTANCE.createParagraph();
			char kind = row[i].charAt(0);
			par.setType(kind == 'A' ? ParagraphType.ACTION : kind == 'C' ? ParagraphType.CHARACTER : kind == 'P' ? ParagraphType.PARENTHETICAL : ParagraphType.DIALOGUE);
			par.setText(row[i].substring(2));
			s.getParagraphs().add(par);
		}
		return s;
	}

	private static void breakdown(Breakdown b, Map<String, Scene> scenes, Studio studio) {
		Map<String, Category> categories = new HashMap<>();
		b.getCategories().forEach(c -> categories.put(c.getKey(), c));
		for (String[] c : SampleScript.CAST) {
			CastMember cast = BreakdownFactory.eINSTANCE.createCastMember();
			cast.setCastNumber(Integer.parseInt(c[0]));
			cast.setName(c[1]);
			cast.setNotes(c[2]);
			cast.setActor(c[3]);
			cast.setActorAlt(c[4]);
			cast.setCategory(categories.get("cast")); //$NON-NLS-1$
			for (Scene s : scenes.values()) {
				for (Paragraph par : s.getParagraphs()) {
					if (par.getType() == ParagraphType.CHARACTER && par.getText().equals(c[1])) {
						cast.getOccurrences().add(occurrence(s, par));
						break;
					}
				}
			}
			b.getElements().add(cast);
		}
		for (String[] e : SampleScript.ELEMENTS) {
			Element el = BreakdownFactory.eINSTANCE.createElement();
			el.setName(e[1]);
			el.setCategory(categories.get(e[0]));
			for (String n : e[2].split(",")) { //$NON-NLS-1$
				el.getOccurrences().add(mention(scenes.get(n), e[1].substring(0, e[1].indexOf(' '))));
			}
			if (!e[3].isEmpty()) {
				el.setStudioItem(studio.getInventory().stream().filter(i -> i.getNameZh().contains(e[3]) && InventoryMatcher.serves(el, i))
						.min(Comparator.comparing(InventoryItem::getCode)).orElse(null));
			}
			b.getElements().add(el);
		}
		for (String[] x : SampleScript.EXTRAS) {
			ExtrasRequirement r = BreakdownFactory.eINSTANCE.createExtrasRequirement();
			r.setScene(scenes.get(x[0]));
			r.setCount(Integer.parseInt(x[1]));
			r.setDescription(x[2]);
			r.setLook(x[3]);
			b.getExtras().add(r);
		}
	}

	/** An occurrence on the words that name the element in the scene's action, or on the scene alone. */
	private static ElementOccurrence mention(Scene s, String words) {
		for (Paragraph par : s.getParagraphs()) {
			int at = par.getType() == ParagraphType.ACTION ? par.getText().indexOf(words) : -1;
			if (at >= 0) {
				ElementOccurrence o = occurrence(s, par);
				o.setStart(at);
				o.setLength(words.length());
				return o;
			}
		}
		return occurrence(s, null);
	}

	private static ElementOccurrence occurrence(Scene s, Paragraph par) {
		ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
		o.setScene(s);
		o.setParagraph(par);
		o.setLength(par == null ? 0 : par.getText().length());
		o.setConfirmed(true);
		o.setConfidence(1.0);
		return o;
	}

	/** A first board: scenes grouped by where they are shot, stage days last, one day per place. */
	private static void board(Schedule board, Map<String, Scene> scenes, Date start) {
		Map<Object, List<Scene>> byPlace = new LinkedHashMap<>();
		for (Scene s : scenes.values()) {
			byPlace.computeIfAbsent(s.getLocation() != null ? s.getLocation() : s.getStage(), k -> new ArrayList<>()).add(s);
		}
		List<Map.Entry<Object, List<Scene>>> places = new ArrayList<>(byPlace.entrySet());
		places.sort(Comparator.comparing(e -> e.getKey() instanceof Location ? 0 : 1));
		LocalDate day = start.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		int number = 0;
		for (Map.Entry<Object, List<Scene>> place : places) {
			List<Scene> list = place.getValue();
			for (int i = 0; i < list.size(); i += 6) {
				for (Scene s : list.subList(i, Math.min(list.size(), i + 6))) {
					Strip strip = ScheduleFactory.eINSTANCE.createStrip();
					strip.setScene(s);
					board.getItems().add(strip);
				}
				ShootDay d = ScheduleFactory.eINSTANCE.createShootDay();
				d.setDayNumber(++number);
				d.setDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()));
				d.setCrewCall("07:00"); //$NON-NLS-1$
				d.setWrap("19:00"); //$NON-NLS-1$
				if (place.getKey() instanceof Location l) {
					d.setLocation(l);
				} else {
					d.setStage((org.backlot.model.studio.Stage) place.getKey());
				}
				board.getItems().add(d);
				day = day.plusDays(day.getDayOfWeek().getValue() == 6 ? 2 : 1);
			}
		}
	}
}
