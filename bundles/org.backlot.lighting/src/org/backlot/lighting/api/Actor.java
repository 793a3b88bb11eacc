// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/** An actor on a mark, as a simple human form: a head at eye height looking one way, and a body below it. */
public record Actor(String id, String name, Vec3 head, Vec3 facing) {
	/** Eye height of the figure in metres. */
	public static final double EYE_HEIGHT = 1.62;
	/** Radius of the head. */
	public static final double HEAD_RADIUS = 0.12;
	/** Shoulder height: the top of the body, where the head sits. */
	public static final double SHOULDER_HEIGHT = 1.5;
	/** Radius of the body. */
	public static final double BODY_RADIUS = 0.2;
	/** Reflectance of skin (a mid complexion). */
	public static final double SKIN = 0.35;
	/** Reflectance of clothes. */
	public static final double CLOTHES = 0.25;
}
