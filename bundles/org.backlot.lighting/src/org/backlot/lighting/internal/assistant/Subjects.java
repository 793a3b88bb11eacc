// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.util.List;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.Camera;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Vec3;

/** Which actor a lighting set-up is for, when nobody says. */
public final class Subjects {
	private Subjects() {
	}

	/**
	 * The actor the set-up is lit for: the one most of its lamps are aimed at (the beam axis passing within half
	 * a metre of the head), else the one the camera sees best; null without actors.
	 *
	 * @param lamps each lamp's position and unit beam axis
	 */
	public static Actor of(LightScene scene, List<Vec3[]> lamps) {
		Actor best = null;
		int most = 0;
		for (Actor a : scene.actors()) {
			int n = 0;
			for (Vec3[] lamp : lamps) {
				Vec3 v = a.head().minus(lamp[0]);
				double along = v.dot(lamp[1]);
				if (along > 0 && v.minus(lamp[1].times(along)).length() < 0.5) {
					n++;
				}
			}
			if (n > most) {
				best = a;
				most = n;
			}
		}
		return best != null ? best : seenBest(scene);
	}

	/** The actor the camera sees best: the nearest one in frame, else the one nearest the middle of the frame; null without actors. */
	static Actor seenBest(LightScene scene) {
		Camera c = scene.camera();
		Actor best = null;
		double bestScore = Double.POSITIVE_INFINITY;
		for (Actor a : scene.actors()) {
			if (c == null) {
				return a;
			}
			Vec3 v = a.head().minus(c.position());
			double off = Math.toDegrees(Math.atan2(Math.abs(v.dot(c.right())), Math.max(1e-6, v.dot(c.forward()))));
			boolean inFrame = v.dot(c.forward()) > 0 && off <= c.horizontalFovDegrees() / 2 + 2;
			double score = inFrame ? v.length() : 1000 + off;
			if (score < bestScore) {
				best = a;
				bestScore = score;
			}
		}
		return best;
	}
}
