// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/** How close a proposal comes to one target of a look: wanted and achieved values, the error in stops (or kelvin/degrees as the unit says) and whether it is met. */
public record TargetResult(String target, String unit, double wanted, double achieved, double error, boolean met) {
}
