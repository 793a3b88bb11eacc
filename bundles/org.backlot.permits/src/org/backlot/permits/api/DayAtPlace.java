// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.backlot.model.permits.Hazard;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.Stage;

/**
 * The facts authority rules read about one shoot day's work at one place, taken from the active board, the
 * breakdown, the call sheet and the studio's location record.
 *
 * @param dayNumber    the shoot day's number on the board (1-based)
 * @param date         its date
 * @param from         when the unit arrives (crew call, less the prep the board allows)
 * @param to           when it leaves (estimated wrap, plus strike)
 * @param location     the studio's location record, or null on a stage or an unlisted place
 * @param stage        the stage, or null on location
 * @param placeName    the place as the schedule names it
 * @param scenes       the scenes shot there that day, in order
 * @param exterior     whether any of them is exterior
 * @param night        whether any of them is at night (or the unit works past 22:00)
 * @param hazards      each hazard with where it comes from ("Scene 15: prop Mauser pistol (Weapons)")
 * @param cast         cast members called
 * @param extras       background actors called
 * @param crew         crew called
 * @param vehicles     picture vehicles
 * @param vehicleTypes their names ("1940s truck")
 */
public record DayAtPlace(int dayNumber, LocalDate date, LocalDateTime from, LocalDateTime to, Location location, Stage stage,
		String placeName, List<Scene> scenes, boolean exterior, boolean night, Map<Hazard, List<String>> hazards, int cast, int extras,
		int crew, int vehicles, List<String> vehicleTypes) {

	/** Everyone on site: cast, background and crew. */
	public int headCount() {
		return cast + extras + crew;
	}

	/** Whether the place is a public one (a listed public location). */
	public boolean publicPlace() {
		return location != null && location.getType() == LocationType.PUBLIC;
	}

	/** Whether the place is a public road or street. */
	public boolean road() {
		return location != null && location.isRoad();
	}

	/** Whether the place is a park, scenic spot, heritage site or landmark. */
	public boolean landmark() {
		return location != null && location.isLandmark();
	}

	/** Whether the day has this hazard. */
	public boolean has(Hazard h) {
		return hazards.containsKey(h);
	}
}
