// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.Camera;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Vec3;
import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.Hit;

/**
 * The subject seen from the camera, in the terms a look is written in: azimuth round the subject from the
 * camera axis (positive to camera left) and elevation above the eyes; and the meter points of
 * {@link org.backlot.lighting.api.Readouts} (face towards the camera, the cheeks 60° either side of the facing,
 * the back of the head, the background behind the head in the camera's view).
 */
public final class SubjectFrame {
	/** How far in front of the head the meters sit (as in Readouts). */
	public static final double METER = Actor.HEAD_RADIUS + 0.02;
	/** Meter point indices. */
	public static final int FACE = 0, LEFT = 1, RIGHT = 2, RIM = 3, BACKGROUND = 4, POINTS = 5;
	private static final double CHEEK_DEGREES = 60;

	final LightScene scene;
	final Actor subject;
	final Vec3 head, toCamera, cameraLeft;
	final double cameraDistance;
	/** Meter points and their normals, by index. */
	final Vec3[] points = new Vec3[POINTS], normals = new Vec3[POINTS];
	/** The background behind the head: null when the camera sees nothing there. */
	final Vec3 background;
	/** Reflectance of the background, and whether it is the LED wall (then its luminance is fixed). */
	final double backgroundAlbedo;
	final boolean backgroundIsLedWall;

	/** The frame of a subject in a scene. */
	public SubjectFrame(LightScene scene, Actor subject) {
		this.scene = scene;
		this.subject = subject;
		head = subject.head();
		Camera camera = scene.camera();
		Vec3 toCam = camera != null ? flat(camera.position().minus(head)) : subject.facing();
		toCamera = toCam.length() > 0 ? toCam : subject.facing();
		cameraLeft = toCamera.cross(Vec3.UP).unit();
		cameraDistance = camera != null ? camera.position().minus(head).length() : 3;
		Vec3 l = turn(subject.facing(), CHEEK_DEGREES);
		Vec3 r = turn(subject.facing(), -CHEEK_DEGREES);
		set(FACE, head.plus(toCamera.times(METER)), toCamera);
		set(LEFT, head.plus(l.times(METER)), l);
		set(RIGHT, head.plus(r.times(METER)), r);
		set(RIM, head.minus(toCamera.times(METER)), toCamera.times(-1));
		Vec3 bg = null;
		double albedo = 0;
		boolean led = false;
		Vec3 bgNormal = toCamera;
		if (camera != null) {
			Vec3 dir = head.minus(camera.position()).unit();
			Vec3 start = head.plus(dir.times(Actor.HEAD_RADIUS + Actor.BODY_RADIUS + 0.05));
			Hit hit = new Hit();
			if (scene.geometry().hit(start.x(), start.y(), start.z(), dir.x(), dir.y(), dir.z(), hit)) {
				bg = start.plus(dir.times(hit.t));
				bgNormal = new Vec3(hit.nx, hit.ny, hit.nz);
				albedo = hit.albedo;
				led = hit.kind == Geometry.LED && scene.ledWall() != null;
			}
		}
		background = bg;
		backgroundAlbedo = albedo;
		backgroundIsLedWall = led;
		set(BACKGROUND, bg != null ? bg : head, bgNormal);
	}

	private void set(int i, Vec3 p, Vec3 n) {
		points[i] = p;
		normals[i] = n;
	}

	/** The index of the cheek on the side a key at this azimuth lights (camera left for positive azimuths). */
	int keyCheek(double azimuth) {
		boolean leftIsCameraLeft = normals[LEFT].dot(cameraLeft) >= normals[RIGHT].dot(cameraLeft);
		return azimuth >= 0 == leftIsCameraLeft ? LEFT : RIGHT;
	}

	/** The unit direction at an azimuth and elevation (degrees) round the subject. */
	Vec3 direction(double azimuth, double elevation) {
		double a = Math.toRadians(azimuth);
		double e = Math.toRadians(elevation);
		Vec3 flat = toCamera.times(Math.cos(a)).plus(cameraLeft.times(Math.sin(a)));
		return flat.times(Math.cos(e)).plus(Vec3.UP.times(Math.sin(e)));
	}

	/** The azimuth (degrees, −180..180, positive to camera left) of a point seen from the head. */
	double azimuthOf(Vec3 p) {
		Vec3 v = p.minus(head);
		return Math.toDegrees(Math.atan2(v.dot(cameraLeft), v.dot(toCamera)));
	}

	/** The elevation (degrees) of a point above the eyes. */
	double elevationOf(Vec3 p) {
		Vec3 v = p.minus(head);
		return Math.toDegrees(Math.atan2(v.z(), Math.hypot(v.x(), v.y())));
	}

	/** Whether a point stands inside the set with a margin, below the grid. */
	boolean inside(Vec3 p) {
		double m = 0.3;
		return p.x() >= m && p.y() >= m && p.x() <= scene.widthM() - m && p.y() <= scene.depthM() - m && p.z() >= 0.4
				&& p.z() <= scene.heightM() - 0.25;
	}

	/** Whether the camera would see a lamp standing at this point. */
	boolean inShot(Vec3 p) {
		Camera c = scene.camera();
		if (c == null) {
			return false;
		}
		Vec3 v = p.minus(c.position());
		double f = v.dot(c.forward());
		if (f <= 0.2) {
			return false;
		}
		double h = Math.tan(Math.toRadians(c.horizontalFovDegrees() / 2)) * 1.1;
		double vert = h / (16.0 / 9);
		return Math.abs(v.dot(c.right()) / f) < h && Math.abs(v.dot(c.up()) / f) < vert + 0.05;
	}

	/** The signed difference a − b of two angles in degrees, in −180..180. */
	static double angleDifference(double a, double b) {
		double d = (a - b) % 360;
		if (d > 180) {
			d -= 360;
		} else if (d < -180) {
			d += 360;
		}
		return d;
	}

	static Vec3 flat(Vec3 v) {
		return new Vec3(v.x(), v.y(), 0).unit();
	}

	static Vec3 turn(Vec3 v, double degrees) {
		double r = Math.toRadians(degrees);
		return new Vec3(v.x() * Math.cos(r) - v.y() * Math.sin(r), v.x() * Math.sin(r) + v.y() * Math.cos(r), 0).unit();
	}
}
