// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.Script;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;

/** Small models the tests build in code. */
public final class Fixtures {
	private Fixtures() {
	}

	/** A date at the start of the day. */
	public static Date date(String iso) {
		return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	/** A studio with two stages. */
	public static Studio studio() {
		Studio s = StudioFactory.eINSTANCE.createStudio();
		s.setName("Test Base");
		s.setNameZh("测试基地");
		for (int i = 1; i <= 2; i++) {
			Stage stage = StudioFactory.eINSTANCE.createStage();
			stage.setNumber(i);
			stage.setName("Stage " + i);
			stage.setAreaM2(1000 * i);
			s.getStages().add(stage);
		}
		return s;
	}

	/** A scene. */
	public static Scene scene(String number, String heading) {
		Scene sc = ScriptFactory.eINSTANCE.createScene();
		sc.setNumber(number);
		sc.setHeading(heading);
		sc.setIntExt(IntExt.INT);
		sc.setTimeOfDay(TimeOfDay.DAY);
		sc.setEighths(11);
		return sc;
	}

	/** A production of three scenes, two cast members and one shoot day, shot on the studio's first stage. */
	public static Production production(Studio studio) {
		Production p = ProductionFactory.eINSTANCE.createProduction();
		p.setTitle("Tea House");
		p.setOriginalTitle("茶馆");
		p.setStudio(studio);
		p.setStartDate(date("2027-03-01"));
		p.setWrapDate(date("2027-03-31"));
		Script script = ScriptFactory.eINSTANCE.createScript();
		script.getScenes().add(scene("1", "EXT. 老街 - DAY"));
		script.getScenes().add(scene("2", "INT. TEA HOUSE - DAY"));
		script.getScenes().add(scene("2A", "INT. TEA HOUSE - LATER"));
		script.getScenes().get(1).setStage(studio.getStages().get(0));
		p.setScript(script);
		Breakdown b = BreakdownFactory.eINSTANCE.createBreakdown();
		b.getCategories().addAll(DefaultCategories.create());
		b.getElements().add(cast(1, "陈默", "Chen Mo"));
		b.getElements().add(cast(2, "林晓", "Lin Xiao"));
		b.getElements().forEach(e -> e.setCategory(b.getCategories().get(0)));
		p.setBreakdown(b);
		Schedule board = ScheduleFactory.eINSTANCE.createSchedule();
		board.setName("Draft 1");
		ShootDay day = ScheduleFactory.eINSTANCE.createShootDay();
		day.setDayNumber(1);
		day.setDate(date("2027-03-01"));
		board.getItems().add(day);
		p.getSchedules().add(board);
		p.setActiveSchedule(board);
		return p;
	}

	/** A cast member. */
	public static CastMember cast(int number, String name, String actor) {
		CastMember c = BreakdownFactory.eINSTANCE.createCastMember();
		c.setCastNumber(number);
		c.setName(name);
		c.setActor(actor);
		return c;
	}
}
