// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.Map;

import org.backlot.model.lighting.FixtureType;

/**
 * What an advisor is asked: the compiled scene (camera, actors, set, and only the lamps that stay: practicals and the
 * LED wall, exposed for the look's stop), the look,
 * the subject (an actor of the scene, or null for the first), and the fixtures it may use with how many of each
 * are free in the studio's stock. Everything is detached from the model: advisors run off the UI thread.
 */
public record AdvisorRequest(LightScene scene, LookTarget look, Actor subject, Map<FixtureType, Integer> stock) {
}
