// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.studio.Studio;

/** A new, empty production with everything a production starts with: categories, a board, empty lists. */
public final class NewProduction {
	private NewProduction() {
	}

	/** Creates it; {@code studio} may be null. */
	public static Production create(String title, Studio studio) {
		Production p = ProductionFactory.eINSTANCE.createProduction();
		p.setTitle(title);
		p.setStudio(studio);
		p.setFileVersion(ModelStore.CURRENT_VERSION);
		p.setScript(ScriptFactory.eINSTANCE.createScript());
		p.getScript().setTitle(title);
		Breakdown breakdown = BreakdownFactory.eINSTANCE.createBreakdown();
		breakdown.getCategories().addAll(DefaultCategories.create());
		p.setBreakdown(breakdown);
		p.setShotList(ShotsFactory.eINSTANCE.createShotList());
		Schedule board = ScheduleFactory.eINSTANCE.createSchedule();
		board.setName("Board 1"); //$NON-NLS-1$
		board.setWeights(ScheduleFactory.eINSTANCE.createCostWeights());
		p.getSchedules().add(board);
		p.setActiveSchedule(board);
		p.setLighting(LightingFactory.eINSTANCE.createLightingPlan());
		Ids.assign(p);
		return p;
	}
}
