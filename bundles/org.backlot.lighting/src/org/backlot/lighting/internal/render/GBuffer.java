// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.api.Camera;
import org.backlot.lighting.internal.Geometry;
import org.backlot.lighting.internal.Hit;

/**
 * What the camera sees at each pixel, cast once per camera and set: the surface point, its normal, reflectance and
 * kind, and per tile of {@value #TILE}×{@value #TILE} pixels the bounds of the points lifted off their surfaces
 * (where shadow rays start). Lighting changes re-use it.
 */
final class GBuffer {
	/** Tile size in pixels. */
	static final int TILE = 16;
	/** Kind of a pixel that sees nothing (the black beyond the set). */
	static final byte NONE = -1;
	/** How far shadow rays start off the surface, as in the illuminance calculation. */
	static final double OFFSET = 1e-4;

	final int width, height, tilesX, tilesY;
	final float[] px, py, pz, nx, ny, nz, albedo;
	final byte[] kind;
	/** Per tile: minx miny minz maxx maxy maxz of the lifted points; NaN when the tile sees nothing. */
	final double[] tileBox;

	private GBuffer(int width, int height) {
		this.width = width;
		this.height = height;
		tilesX = (width + TILE - 1) / TILE;
		tilesY = (height + TILE - 1) / TILE;
		int n = width * height;
		px = new float[n];
		py = new float[n];
		pz = new float[n];
		nx = new float[n];
		ny = new float[n];
		nz = new float[n];
		albedo = new float[n];
		kind = new byte[n];
		tileBox = new double[tilesX * tilesY * 6];
	}

	/** The number of tiles. */
	int tiles() {
		return tilesX * tilesY;
	}

	/** Casts the camera's rays (one per pixel centre) on all threads; returns the buffer and its ray count in {@code rays[0]}. */
	static GBuffer cast(Camera cam, Tracer tracer, int width, int height, Workers workers, Hit[] hits, long[] rays) {
		GBuffer g = new GBuffer(width, height);
		double aspect = width / (double) height;
		double h = Math.tan(Math.toRadians(cam.horizontalFovDegrees() / 2));
		rays[0] = workers.forEach(g.tiles(), (tile, worker) -> g.castTile(cam, tracer, tile, aspect, h, hits[worker]));
		return g;
	}

	private long castTile(Camera cam, Tracer tracer, int tile, double aspect, double h, Hit hit) {
		int x0 = (tile % tilesX) * TILE, y0 = (tile / tilesX) * TILE;
		int x1 = Math.min(width, x0 + TILE), y1 = Math.min(height, y0 + TILE);
		double ox = cam.position().x(), oy = cam.position().y(), oz = cam.position().z();
		double fx = cam.forward().x(), fy = cam.forward().y(), fz = cam.forward().z();
		double rx = cam.right().x(), ry = cam.right().y(), rz = cam.right().z();
		double ux = cam.up().x(), uy = cam.up().y(), uz = cam.up().z();
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		long rays = 0;
		for (int y = y0; y < y1; y++) {
			double v = (1 - 2 * (y + 0.5) / height) * h / aspect;
			for (int x = x0; x < x1; x++) {
				double u = (2 * (x + 0.5) / width - 1) * h;
				double dx = fx + rx * u + ux * v, dy = fy + ry * u + uy * v, dz = fz + rz * u + uz * v;
				double l = Math.sqrt(dx * dx + dy * dy + dz * dz);
				dx /= l;
				dy /= l;
				dz /= l;
				int i = y * width + x;
				rays++;
				if (!tracer.hit(ox, oy, oz, dx, dy, dz, hit)) {
					kind[i] = NONE;
					continue;
				}
				px[i] = (float) (ox + dx * hit.t);
				py[i] = (float) (oy + dy * hit.t);
				pz[i] = (float) (oz + dz * hit.t);
				nx[i] = (float) hit.nx;
				ny[i] = (float) hit.ny;
				nz[i] = (float) hit.nz;
				albedo[i] = (float) hit.albedo;
				kind[i] = (byte) (hit.kind == Geometry.LED && hit.back ? Geometry.WALL : hit.kind);
				grow(b, 0, px[i] + nx[i] * OFFSET);
				grow(b, 1, py[i] + ny[i] * OFFSET);
				grow(b, 2, pz[i] + nz[i] * OFFSET);
			}
		}
		if (b[0] > b[3]) {
			java.util.Arrays.fill(b, Double.NaN);
		}
		System.arraycopy(b, 0, tileBox, tile * 6, 6);
		return rays;
	}

	private static void grow(double[] box, int axis, double v) {
		box[axis] = Math.min(box[axis], v);
		box[axis + 3] = Math.max(box[axis + 3], v);
	}
}
