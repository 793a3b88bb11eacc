// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

/**
 * What a scene heading says, in the words the CLI and the model use.
 *
 * @param intExt        "INT", "EXT", "INT/EXT", or null when the heading does not say
 * @param set           the set or location ("KITCHEN", "永川老街"), never null
 * @param time          DAY, NIGHT, DAWN, DUSK, MORNING, EVENING, CONTINUOUS, LATER,
 *                      or null when the heading names no time we know
 * @param timeAsWritten the time as written ("MAGIC HOUR", "黄昏"), or null
 */
public record SceneHeading(String intExt, String set, String time, String timeAsWritten) {
}
