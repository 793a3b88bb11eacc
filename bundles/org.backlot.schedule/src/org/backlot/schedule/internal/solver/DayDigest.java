// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal.solver;

import java.util.Arrays;

/**
 * What the evaluation needs of one day's scenes, computed once per day array
 * (the search never changes an array once built): pages, minutes, day/night
 * kind, and in one packed array the places in order of first appearance, the
 * actors, the stages, and the scenes that are pinned or have dates to check.
 */
final class DayDigest {
	static final byte DAY = 0, SPLIT = 1, NIGHT = 2;
	final int eighths, minutes;
	final byte kind;
	final boolean ext;
	/** Places, then actors, then stages, then flagged scenes, then pinned scenes; each section ends where the next starts. */
	final int[] data;
	final int actorsFrom, stagesFrom, flaggedFrom, pinnedFrom;

	/** Summarises the day; the seen arrays are scratch with every entry below stamp. */
	DayDigest(Problem pb, int[] day, int[] seenPlace, int[] seenActor, int[] seenStage, int stamp, int[] scratch) {
		int e8 = 0;
		int mins = 0;
		boolean hasNight = false, hasDay = false, hasExt = false;
		int k = 0;
		for (int i : day) {
			e8 += pb.eighths[i];
			mins += pb.minutes[i];
			if (pb.night[i]) {
				hasNight = true;
			} else {
				hasDay = true;
			}
			hasExt |= pb.ext[i];
			if (seenPlace[pb.place[i]] != stamp) {
				seenPlace[pb.place[i]] = stamp;
				scratch[k++] = pb.place[i];
			}
		}
		actorsFrom = k;
		for (int i : day) {
			for (int a : pb.cast[i]) {
				if (seenActor[a] != stamp) {
					seenActor[a] = stamp;
					scratch[k++] = a;
				}
			}
		}
		stagesFrom = k;
		for (int i : day) {
			int s = pb.stage[i];
			if (s >= 0 && seenStage[s] != stamp) {
				seenStage[s] = stamp;
				scratch[k++] = s;
			}
		}
		flaggedFrom = k;
		for (int i : day) {
			if (pb.forbidden[i] != null || pb.cover[i]) {
				scratch[k++] = i;
			}
		}
		pinnedFrom = k;
		for (int i : day) {
			if (pb.pinned[i] >= 0) {
				scratch[k++] = i;
			}
		}
		data = Arrays.copyOf(scratch, k);
		eighths = e8;
		minutes = mins;
		kind = hasNight && hasDay ? SPLIT : hasNight ? NIGHT : DAY;
		ext = hasExt;
	}

	/** Distinct places of the day. */
	int placeCount() {
		return actorsFrom;
	}
}
