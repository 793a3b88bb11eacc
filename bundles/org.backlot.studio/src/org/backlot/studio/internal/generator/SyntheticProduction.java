// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.ParagraphType;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.studio.Studio;

/** A large production of the given number of scenes, for load and save benchmarks. */
public final class SyntheticProduction {
	private SyntheticProduction() {
	}

	/** Builds it: about 20 paragraphs a scene, 40 cast, 400 tagged elements, a board of strips and days. */
	public static Production create(int scenes, Studio studio, long seed) {
		SeededIds ids = new SeededIds(seed);
		Production p = NewProduction.create("Benchmark " + scenes, studio); //$NON-NLS-1$
		Breakdown b = p.getBreakdown();
		for (int c = 1; c <= 40; c++) {
			CastMember cast = BreakdownFactory.eINSTANCE.createCastMember();
			cast.setId(ids.uuid());
			cast.setCastNumber(c);
			cast.setName("CHARACTER " + c); //$NON-NLS-1$
			cast.setCategory(b.getCategories().get(0));
			b.getElements().add(cast);
		}
		for (int e = 0; e < 400; e++) {
			Element el = BreakdownFactory.eINSTANCE.createElement();
			el.setId(ids.uuid());
			el.setName("element " + e); //$NON-NLS-1$
			el.setCategory(b.getCategories().get(1 + e % (b.getCategories().size() - 1)));
			b.getElements().add(el);
		}
		Schedule board = p.getActiveSchedule();
		for (int s = 1; s <= scenes; s++) {
			Scene scene = ScriptFactory.eINSTANCE.createScene();
			scene.setId(ids.uuid());
			scene.setNumber(Integer.toString(s));
			scene.setIntExt(s % 3 == 0 ? IntExt.EXT : IntExt.INT);
			scene.setTimeOfDay(s % 4 == 0 ? TimeOfDay.NIGHT : TimeOfDay.DAY);
			scene.setSetName("SET " + (s % 37)); //$NON-NLS-1$
			scene.setHeading((scene.getIntExt() == IntExt.EXT ? "EXT. " : "INT. ") + scene.getSetName() + " - " + scene.getTimeOfDay()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			scene.setEighths(ids.between(2, 20));
			for (int k = 0; k < 20; k++) {
				Paragraph par = ScriptFactory.eINSTANCE.createParagraph();
				par.setType(k % 3 == 0 ? ParagraphType.ACTION : k % 3 == 1 ? ParagraphType.CHARACTER : ParagraphType.DIALOGUE);
				par.setText("Line " + k + " of scene " + s + ": the quick brown fox jumps over the lazy dog."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				scene.getParagraphs().add(par);
			}
			p.getScript().getScenes().add(scene);
			for (int k = 0; k < 3; k++) {
				ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
				o.setScene(scene);
				o.setParagraph(scene.getParagraphs().get(k * 3));
				o.setConfirmed(true);
				b.getElements().get(ids.random().nextInt(b.getElements().size())).getOccurrences().add(o);
			}
			Strip strip = ScheduleFactory.eINSTANCE.createStrip();
			strip.setScene(scene);
			board.getItems().add(strip);
			if (s % 8 == 0) {
				ShootDay day = ScheduleFactory.eINSTANCE.createShootDay();
				day.setId(ids.uuid());
				day.setDayNumber(s / 8);
				board.getItems().add(day);
			}
		}
		return p;
	}
}
