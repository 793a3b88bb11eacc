// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.List;

import org.backlot.model.lighting.FixtureType;

/**
 * A fixture library, contributed through {@value #EXTENSION_POINT}: a named set of fixture types (lamp models with
 * their power, intensity, beam and field angles, colour temperature, size and dimmer curve) that users can add to
 * the studio's stock or a production. Contribute a JSON file, a class implementing this interface, or both.
 */
public interface FixtureLibrary {
	/** The extension point fixture libraries are contributed to. */
	String EXTENSION_POINT = "org.backlot.lighting.fixtures"; //$NON-NLS-1$

	/** The library's id, unique among libraries (e.g. {@code com.example.lamps}). */
	String id();

	/** The library's name shown to users. */
	String name();

	/** The library's types: new detached EMF objects on every call, which the caller may change and keep. */
	List<FixtureType> types();
}
