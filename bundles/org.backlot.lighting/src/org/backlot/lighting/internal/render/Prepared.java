// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Source;

/**
 * A scene made ready for one render: its lights and their groups (each lamp alone, the LED wall's patches as one
 * group) with content keys, and the tracer of its set.
 */
final class Prepared {
	/** A lamp's key with its colour, for groups kept in colour. */
	record Tinted(SourceKey key, double r, double g, double b) {
	}

	/** One layer's worth of lights: a lamp (a mono layer, tinted when composed) or the LED wall (a colour layer). */
	static final class Group {
		final List<Light> lights;
		final boolean colour;
		final Object key;

		Group(List<Light> lights, boolean colour) {
			this.lights = lights;
			this.colour = colour;
			if (colour) {
				List<Tinted> keys = new ArrayList<>();
				for (Light l : lights) {
					keys.add(new Tinted(l.key, l.source.rgb[0], l.source.rgb[1], l.source.rgb[2]));
				}
				key = List.copyOf(keys);
			} else {
				key = lights.get(0).key;
			}
		}

		/** The lamp of a mono group. */
		Light light() {
			return lights.get(0);
		}
	}

	final LightScene scene;
	final Tracer tracer;
	final long geometry;
	final List<Light> lights = new ArrayList<>();
	final List<Group> groups = new ArrayList<>();

	Prepared(LightScene scene, Tracer tracer, long geometry) {
		this.scene = scene;
		this.tracer = tracer;
		this.geometry = geometry;
		List<Light> led = new ArrayList<>();
		int ledAt = -1;
		for (Source s : scene.sources()) {
			if (s.candela <= 0) {
				continue;
			}
			Light l = new Light(s);
			lights.add(l);
			if (s.ledWall) {
				if (ledAt < 0) {
					ledAt = groups.size();
				}
				led.add(l);
			} else {
				groups.add(new Group(List.of(l), false));
			}
		}
		if (!led.isEmpty()) {
			groups.add(ledAt, new Group(List.copyOf(led), true));
		}
	}

	/** The key of everything the indirect lux depends on besides the G-buffer: every light and the set's size. */
	Object bounceKey() {
		List<Object> keys = new ArrayList<>();
		for (Light l : lights) {
			keys.add(l.key);
		}
		keys.add(List.of(scene.widthM(), scene.depthM(), scene.heightM()));
		return keys;
	}
}
