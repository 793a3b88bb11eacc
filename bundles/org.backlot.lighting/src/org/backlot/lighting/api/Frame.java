// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

/**
 * One picture from the preview renderer.
 *
 * @param width   pixels across
 * @param height  pixels down
 * @param argb    0xAARRGGBB per pixel, row 0 at the top
 * @param quality what light transport this pass includes
 * @param pass    the pass number within its render, from 0
 * @param last    whether no further pass follows
 * @param nanos   how long this pass took
 * @param rays    rays the renderer cast in this pass (camera and shadow rays; cached work casts none)
 */
public record Frame(int width, int height, int[] argb, Quality quality, int pass, boolean last, long nanos, long rays) {
	/** The pixel at column x, row y (row 0 at the top). */
	public int pixel(int x, int y) {
		return argb[y * width + x];
	}
}
