// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.internal.reports.CallSheetPdf;
import org.backlot.schedule.internal.reports.CallSheets;

/**
 * The call sheet of one shoot day: when and where everyone is called, what is
 * shot in which order, who and what is needed, and what comes next.
 *
 * @param title         the production's title
 * @param originalTitle the original-language title, or empty
 * @param dayNumber     this shoot day's number
 * @param dayCount      how many shoot days the board has
 * @param date          the date
 * @param crewCall      crew call
 * @param shootingCall  shooting call (first shot)
 * @param wrap          estimated wrap
 * @param weather       the forecast noted on the day, or empty
 * @param sun           sunrise and sunset at the day's first place (times null in polar day or night)
 * @param locations     where the unit works, in order of the scenes
 * @param scenes        the scenes in shooting order with their estimated start
 * @param cast          cast calls by cast number
 * @param background    background actors per scene with one report time
 * @param requirements  special requirements per scene (animals, weapons, effects, stunts, vehicles, drones...)
 * @param advance       the next shoot days
 * @param crew          the crew by department
 */
public record CallSheet(String title, String originalTitle, int dayNumber, int dayCount, LocalDate date, LocalTime crewCall,
		LocalTime shootingCall, LocalTime wrap, String weather, SunTimes sun, List<Place> locations, List<SceneLine> scenes,
		List<CastCall> cast, List<Background> background, List<Requirement> requirements, List<AdvanceDay> advance, List<CrewCall> crew) {

	/**
	 * A place the unit works at.
	 *
	 * @param name     location or stage name
	 * @param address  its address, or empty
	 * @param parking  where to park, or empty
	 * @param hospital nearest hospital, or empty
	 */
	public record Place(String name, String address, String parking, String hospital) {
	}

	/**
	 * One scene of the day.
	 *
	 * @param number   scene number
	 * @param set      set name
	 * @param intExt   "INT", "EXT" or "INT/EXT"
	 * @param dayNight "D", "N", or the time of day when neither
	 * @param pages    length as eighths ("1 3/8")
	 * @param cast     cast numbers ("1, 2")
	 * @param synopsis synopsis, or empty
	 * @param extras   background head-count
	 * @param start    estimated start
	 * @param minutes  estimated minutes
	 */
	public record SceneLine(String number, String set, String intExt, String dayNight, String pages, String cast, String synopsis,
			int extras, LocalTime start, int minutes) {
	}

	/**
	 * One cast member's calls.
	 *
	 * @param castNumber cast number
	 * @param character  the character
	 * @param actor      the actor, or empty
	 * @param pickup     pick-up time
	 * @param makeup     make-up call
	 * @param onSet      on set
	 * @param scenes     the scene numbers they work in today
	 */
	public record CastCall(int castNumber, String character, String actor, LocalTime pickup, LocalTime makeup, LocalTime onSet,
			List<String> scenes) {
	}

	/**
	 * Background actors of one scene.
	 *
	 * @param scene       scene number
	 * @param count       head-count
	 * @param description who they are
	 * @param report      report time
	 */
	public record Background(String scene, int count, String description, LocalTime report) {
	}

	/**
	 * A special requirement of a scene.
	 *
	 * @param scene    scene number
	 * @param category category name
	 * @param element  the element's name
	 */
	public record Requirement(String scene, String category, String element) {
	}

	/**
	 * A coming shoot day.
	 *
	 * @param dayNumber its number
	 * @param date      its date
	 * @param scenes    scene numbers
	 * @param sets      where they are shot
	 */
	public record AdvanceDay(int dayNumber, LocalDate date, List<String> scenes, List<String> sets) {
	}

	/**
	 * A crew member's call.
	 *
	 * @param department department (in the user's language)
	 * @param role       role
	 * @param name       name
	 * @param call       call time
	 */
	public record CrewCall(String department, String role, String name, LocalTime call) {
	}

	/**
	 * The call sheet of a shoot day of the board.
	 *
	 * @throws IllegalArgumentException when the board has no day of that number
	 */
	public static CallSheet build(Production p, Schedule board, int dayNumber) {
		return CallSheets.build(p, board, dayNumber);
	}

	/** Writes the call sheet as a PDF in the user's language, atomically; A4 or US Letter. */
	public static void pdf(CallSheet sheet, Path out, boolean letter) throws IOException {
		CallSheetPdf.write(sheet, out, letter);
	}
}
