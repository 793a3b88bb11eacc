// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import org.eclipse.swt.graphics.Color;

/**
 * How a floor plan diagram draws: its floor, grid and walls (and whether the
 * floor takes the mouse), its camera glyphs and its actors' marks.
 *
 * @param floor the floor's fill
 * @param grid the one-metre grid's lines
 * @param wall the walls' lines
 * @param wallWidth the walls' line width in pixels
 * @param floorPicks whether a click on the bare floor hits the floor figure
 * @param cameraBody a camera glyph's body
 * @param cameraText a camera's label
 * @param mark an actor's mark
 */
public record PlanLook(Color floor, Color grid, Color wall, int wallWidth, boolean floorPicks, Color cameraBody, Color cameraText, Color mark) {
}
