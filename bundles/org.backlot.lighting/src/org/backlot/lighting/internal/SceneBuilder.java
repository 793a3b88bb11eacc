// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.Camera;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Source;
import org.backlot.lighting.api.Vec3;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LedWall;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.lighting.Wall;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.CameraSetup;
import org.backlot.shots.api.FieldOfView;
import org.eclipse.osgi.util.NLS;

/** Compiles a lighting set-up from the model into a {@link LightScene}. */
public final class SceneBuilder {
	/** Columns and rows of the LED wall picture as drawn by the renderer. */
	static final int PICTURE_COLS = 192, PICTURE_ROWS = 96;

	private final LightingSetup setup;
	private final Path baseDir;
	private final List<String> problems = new ArrayList<>();
	private final Geometry.Builder geometry = new Geometry.Builder();
	private final List<Source> sources = new ArrayList<>();

	/** A builder for one set-up. */
	public SceneBuilder(LightingSetup setup, Path baseDir) {
		this.setup = setup;
		this.baseDir = baseDir;
	}

	/** The compiled scene. */
	public LightScene build() {
		SetGeometry set = setup.getSet();
		double[] size = { 10, 10, 5 };
		LedPicture picture = null;
		if (set != null) {
			size = new double[] { positive(set.getWidthM(), 10), positive(set.getDepthM(), 10), positive(set.getHeightM(), 5) };
			addSet(set, size);
			if (set.getLedWall() != null) {
				picture = ledWall(set.getLedWall(), size);
			}
		} else {
			geometry.quad(Vec3.ZERO, new Vec3(size[0], 0, 0), new Vec3(0, size[1], 0), Vec3.UP, 0.2, Geometry.FLOOR);
		}
		List<Actor> actors = actors();
		for (Fixture f : setup.getFixtures()) {
			if (!f.isOff()) {
				Source s = FixtureSources.of(f, baseDir, problems::add);
				if (s != null) {
					sources.add(s);
				}
			}
		}
		double stop = setup.getLook() != null && setup.getLook().getTargetStop() > 0 ? setup.getLook().getTargetStop() : 2.8;
		double[] exposure = { positive(setup.getIso(), 800), positive(setup.getShutterSeconds(), 1 / 48.0), stop };
		return new LightScene(setup.getName(), geometry.build(), sources, actors, camera(), size, exposure, picture, problems, baseDir);
	}

	private void addSet(SetGeometry set, double[] size) {
		geometry.quad(Vec3.ZERO, new Vec3(size[0], 0, 0), new Vec3(0, size[1], 0), Vec3.UP, set.getFloorReflectance(), Geometry.FLOOR);
		for (Wall w : set.getWalls()) {
			Vec3 a = new Vec3(w.getX1(), w.getY1(), 0);
			Vec3 along = new Vec3(w.getX2() - w.getX1(), w.getY2() - w.getY1(), 0);
			if (along.length() > 0) {
				double h = positive(w.getHeight(), size[2]);
				geometry.quad(a, along, new Vec3(0, 0, h), along.cross(Vec3.UP), w.getReflectance(), Geometry.WALL);
			}
		}
		for (SetPiece p : set.getPieces()) {
			if (p.getMeshPath() != null && !p.getMeshPath().isBlank()) {
				try {
					ObjMesh.add(resolve(p.getMeshPath()), p, geometry);
					continue;
				} catch (IOException | RuntimeException e) {
					problems.add(NLS.bind(Messages.meshUnreadable, p.getName(), e.getMessage()));
				}
			}
			geometry.box(p.getX(), p.getY(), p.getZ(), p.getWidth(), p.getDepth(), p.getHeight(), p.getRotation(), p.getReflectance());
		}
	}

	private LedPicture ledWall(LedWall wall, double[] size) {
		Vec3 a = new Vec3(wall.getX1(), wall.getY1(), wall.getBottom());
		Vec3 along = new Vec3(wall.getX2() - wall.getX1(), wall.getY2() - wall.getY1(), 0);
		double h = positive(wall.getHeight(), size[2]);
		if (along.length() == 0) {
			return null;
		}
		Vec3 normal = along.cross(Vec3.UP).unit();
		Vec3 centre = a.plus(along.times(0.5));
		Vec3 toMiddle = new Vec3(size[0] / 2 - centre.x(), size[1] / 2 - centre.y(), 0);
		if (normal.dot(toMiddle) < 0) {
			normal = normal.times(-1);
		}
		int quad = geometry.quad(a, along, new Vec3(0, 0, h), normal, 0.04, Geometry.LED);
		double[] grid = null;
		if (wall.getImagePath() != null && !wall.getImagePath().isBlank()) {
			try {
				grid = PictureCache.grid(resolve(wall.getImagePath()), PICTURE_COLS, PICTURE_ROWS);
				if (grid == null) {
					problems.add(NLS.bind(Messages.pictureUnreadable, wall.getImagePath(), Messages.notAnImage));
				}
			} catch (IOException e) {
				problems.add(NLS.bind(Messages.pictureUnreadable, wall.getImagePath(), e.getMessage()));
			}
		}
		if (grid == null) {
			grid = LedPicture.grid(null, PICTURE_COLS, PICTURE_ROWS);
		}
		LedPicture picture = new LedPicture(quad, positive(wall.getNits(), 1500), PICTURE_COLS, PICTURE_ROWS, grid);
		sources.addAll(LedPatches.of(picture, a, along, h, normal));
		return picture;
	}

	private List<Actor> actors() {
		List<Actor> out = new ArrayList<>();
		CameraSetup cam = setup.getCameraSetup();
		if (cam == null || cam.getSetPlan() == null) {
			return out;
		}
		for (ActorMark m : cam.getSetPlan().getMarks()) {
			String name = m.getName() != null ? m.getName() : m.getActor() != null ? m.getActor().getName() : m.getId();
			Vec3 facing = Vec3.ofAngles(m.getFacing(), 0);
			out.add(new Actor(m.getId(), name, new Vec3(m.getX(), m.getY(), Actor.EYE_HEIGHT), facing));
			geometry.figure(m.getX(), m.getY(), Actor.SHOULDER_HEIGHT, Actor.EYE_HEIGHT, Actor.HEAD_RADIUS, Actor.BODY_RADIUS, Actor.SKIN,
					Actor.CLOTHES);
		}
		return out;
	}

	private Camera camera() {
		CameraSetup c = setup.getCameraSetup();
		if (c == null) {
			return null;
		}
		double fov = FieldOfView.horizontalDegrees(c.getLensMm(), c.getSensorWidthMm());
		return Camera.of(new Vec3(c.getX(), c.getY(), positive(c.getHeight(), 1.5)), c.getPan(), c.getTilt(), fov);
	}

	private Path resolve(String file) {
		Path p = Path.of(file);
		if (p.isAbsolute() || baseDir == null) {
			return p;
		}
		Path r = baseDir.resolve(p);
		return Files.exists(r) ? r : p;
	}

	private static double positive(double v, double fallback) {
		return v > 0 ? v : fallback;
	}
}
