// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.render;

import org.backlot.lighting.api.Source;

/** A source prepared for shading: its key, its distribution table, its centre and the corners of its face. */
final class Light {
	final Source source;
	final DistTable dist;
	final SourceKey key;
	final boolean area;
	final long salt;
	/** The centre as one xyz point. */
	final double[] centre;
	/** The face's four corners (or the centre, for a point source) as xyz triples. */
	final double[] face;
	final int facePoints;
	/** Centre, axis, the unit vectors across and up the face, and the face's size, unpacked for the inner loops. */
	final double cx, cy, cz, ax, ay, az, ux, uy, uz, vx, vy, vz, width, height, candela;
	/** Half the face's diagonal: every point of the face is this close to the centre. */
	final double radius;

	Light(Source s) {
		source = s;
		dist = DistTable.of(s.distribution);
		key = SourceKey.of(s, dist.fingerprint);
		area = s.isArea();
		salt = key.salt();
		centre = new double[] { s.position.x(), s.position.y(), s.position.z() };
		cx = centre[0];
		cy = centre[1];
		cz = centre[2];
		ax = s.axis.x();
		ay = s.axis.y();
		az = s.axis.z();
		ux = s.across.x();
		uy = s.across.y();
		uz = s.across.z();
		vx = s.upward.x();
		vy = s.upward.y();
		vz = s.upward.z();
		width = s.width;
		height = s.height;
		candela = s.candela;
		radius = Math.hypot(width, height) / 2 * (1 + 1e-9);
		if (!area) {
			face = centre;
			facePoints = 1;
		} else {
			face = new double[12];
			int k = 0;
			for (int a = -1; a <= 1; a += 2) {
				for (int b = -1; b <= 1; b += 2) {
					double u = a * s.width / 2, v = b * s.height / 2;
					face[k++] = centre[0] + s.across.x() * u + s.upward.x() * v;
					face[k++] = centre[1] + s.across.y() * u + s.upward.y() * v;
					face[k++] = centre[2] + s.across.z() * u + s.upward.z() * v;
				}
			}
			facePoints = 4;
		}
	}

	/**
	 * Grid samples along a side of the face seen from a point at 1 / {@code reach} metres, by the illuminance
	 * calculation's rule for 1 % (cells no larger than a sixth of the distance, at most 24) but down to one cell, and
	 * counted along each side on its own, so that a tube is cut along its length only.
	 */
	static int cells(double side, double reach) {
		double n = 6 * side * reach;
		return n <= 1 ? 1 : n >= 24 ? 24 : (int) Math.ceil(n);
	}

	/** Soft-shadow strata across the face: three along the longer side, fewer along a much shorter one. */
	int strataAcross() {
		return strata(width, height);
	}

	/** Soft-shadow strata up the face. */
	int strataUp() {
		return strata(height, width);
	}

	private static int strata(double side, double other) {
		return (int) Math.max(1, Math.min(3, Math.round(3 * side / Math.max(side, other))));
	}

	/** Whether its shadows are refined by sampling its face (an area source that is not an LED wall patch). */
	boolean soft() {
		return area && !source.ledWall;
	}
}
