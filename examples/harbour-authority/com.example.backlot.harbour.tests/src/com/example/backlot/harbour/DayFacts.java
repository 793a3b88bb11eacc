// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.harbour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.permits.Hazard;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.permits.api.DayAtPlace;

/** Builds the facts of one shoot day at one place, as Backlot hands them to an authority's rules. */
final class DayFacts {
	private final Location location;
	private final Stage stage;
	private final List<Scene> scenes;
	private final Map<Hazard, List<String>> hazards = new EnumMap<>(Hazard.class);
	private final List<String> vehicles = new ArrayList<>();

	DayFacts(Location location, Stage stage, List<Scene> scenes) {
		this.location = location;
		this.stage = stage;
		this.scenes = scenes;
	}

	/** Adds a hazard with the evidence the breakdown gives for it ("Scene 12: speedboat (Vehicles)"). */
	DayFacts hazard(Hazard h, String evidence) {
		hazards.computeIfAbsent(h, x -> new ArrayList<>()).add(evidence);
		return this;
	}

	/** Adds a picture vehicle by its name. */
	DayFacts vehicle(String type) {
		vehicles.add(type);
		return this;
	}

	/** Day 1, 15 March 2027, 06:00 to 20:00. */
	DayAtPlace day() {
		LocalDate date = LocalDate.of(2027, 3, 15);
		String place = location != null ? location.getName() : stage.getName();
		boolean exterior = scenes.stream().anyMatch(s -> s.getIntExt() != IntExt.INT);
		return new DayAtPlace(1, date, date.atTime(6, 0), date.atTime(20, 0), location, stage, place, scenes, exterior, false, Map.copyOf(hazards),
				2, 0, 20, vehicles.size(), List.copyOf(vehicles));
	}
}
