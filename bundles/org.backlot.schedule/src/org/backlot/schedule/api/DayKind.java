// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.util.List;

import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;

/** When a shoot day works: by daylight, by night, or split across both (calls and wraps follow). */
public enum DayKind {
	/** Only day-time scenes: the schedule's day call. */
	DAY,
	/** Day and night scenes: called mid-day, wraps around midnight. */
	SPLIT,
	/** Only night scenes: the schedule's night call. */
	NIGHT;

	/** Whether a scene is shot in the dark (night and evening). */
	public static boolean isNight(Scene scene) {
		TimeOfDay t = scene.getTimeOfDay();
		return t == TimeOfDay.NIGHT || t == TimeOfDay.EVENING;
	}

	/** The kind of a day with these scenes (an empty day counts as a day shoot). */
	public static DayKind of(List<Scene> scenes) {
		boolean night = false;
		boolean day = false;
		for (Scene s : scenes) {
			if (isNight(s)) {
				night = true;
			} else {
				day = true;
			}
		}
		return night && day ? SPLIT : night ? NIGHT : DAY;
	}
}
