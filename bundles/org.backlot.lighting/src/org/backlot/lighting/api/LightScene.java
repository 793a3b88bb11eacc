// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.nio.file.Path;
import java.util.List;

import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.LedPicture;
import org.backlot.lighting.internal.SceneBuilder;
import org.backlot.model.lighting.LightingSetup;

/**
 * A lighting set-up compiled for calculation: the set's surfaces, the actors, the camera and the light sources,
 * detached from the model so that renders and searches can run off the UI thread. Build a new one after each edit.
 */
public final class LightScene {
	private final String name;
	private final Geometry geometry;
	private final List<Source> sources;
	private final List<Actor> actors;
	private final Camera camera;
	private final double widthM, depthM, heightM;
	private final double iso, shutterSeconds, shootingStop;
	private final LedPicture ledWall;
	private final List<String> problems;
	private final Path baseDir;

	/** Everything a scene holds; see {@link #of(LightingSetup, Path)}. */
	public LightScene(String name, Geometry geometry, List<Source> sources, List<Actor> actors, Camera camera, double[] size, double[] exposure,
			LedPicture ledWall, List<String> problems, Path baseDir) {
		this.name = name;
		this.geometry = geometry;
		this.sources = List.copyOf(sources);
		this.actors = List.copyOf(actors);
		this.camera = camera;
		this.widthM = size[0];
		this.depthM = size[1];
		this.heightM = size[2];
		this.iso = exposure[0];
		this.shutterSeconds = exposure[1];
		this.shootingStop = exposure[2];
		this.ledWall = ledWall;
		this.problems = List.copyOf(problems);
		this.baseDir = baseDir;
	}

	/** Compiles a set-up; files it names (photometric data, meshes, the LED wall picture) are read relative to {@code baseDir}. */
	public static LightScene of(LightingSetup setup, Path baseDir) {
		return new SceneBuilder(setup, baseDir).build();
	}

	/** The same scene with other light sources (the assistant's trial set-ups). */
	public LightScene withSources(List<Source> others) {
		return new LightScene(name, geometry, others, actors, camera, new double[] { widthM, depthM, heightM },
				new double[] { iso, shutterSeconds, shootingStop }, ledWall, problems, baseDir);
	}

	/** The same scene exposed for another T-stop. */
	public LightScene withShootingStop(double stop) {
		return new LightScene(name, geometry, sources, actors, camera, new double[] { widthM, depthM, heightM },
				new double[] { iso, shutterSeconds, stop }, ledWall, problems, baseDir);
	}

	/** The folder the scene's files were read relative to (the production's), or null. */
	public Path baseDir() {
		return baseDir;
	}

	/** The set-up's name. */
	public String name() {
		return name;
	}

	/** The surfaces for ray casting. */
	public Geometry geometry() {
		return geometry;
	}

	/** The light sources that are switched on, LED wall patches included. */
	public List<Source> sources() {
		return sources;
	}

	/** The actors on their marks. */
	public List<Actor> actors() {
		return actors;
	}

	/** The camera, or null when the set-up has no camera set-up. */
	public Camera camera() {
		return camera;
	}

	/** The set's floor width (x) in metres. */
	public double widthM() {
		return widthM;
	}

	/** The set's floor depth (y) in metres. */
	public double depthM() {
		return depthM;
	}

	/** The set's height in metres. */
	public double heightM() {
		return heightM;
	}

	/** The camera's ISO. */
	public double iso() {
		return iso;
	}

	/** The shutter time in seconds. */
	public double shutterSeconds() {
		return shutterSeconds;
	}

	/** The T-stop the set-up is lit for (the look's, else T2.8). */
	public double shootingStop() {
		return shootingStop;
	}

	/** The LED wall's picture for drawing the wall itself, or null without a wall. */
	public LedPicture ledWall() {
		return ledWall;
	}

	/** What could not be read or placed (a missing photometric file, a fixture without a type...). */
	public List<String> problems() {
		return problems;
	}
}
