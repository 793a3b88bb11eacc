// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.Vec3;
import org.backlot.model.lighting.SetPiece;
import org.eclipse.osgi.util.NLS;

/** Reads the vertices and faces of a Wavefront OBJ mesh (metres, z up) and places it where its set piece stands. */
final class ObjMesh {
	private ObjMesh() {
	}

	/** Adds the mesh's triangles, turned by the piece's rotation and moved to its position. */
	static void add(Path file, SetPiece piece, Geometry.Builder geometry) throws IOException {
		List<Vec3> vertices = new ArrayList<>();
		double r = Math.toRadians(piece.getRotation());
		double c = Math.cos(r);
		double s = Math.sin(r);
		int lineNo = 0;
		int faces = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			lineNo++;
			String[] t = line.trim().split("\\s+"); //$NON-NLS-1$
			try {
				if (t[0].equals("v")) { //$NON-NLS-1$
					double x = Double.parseDouble(t[1]);
					double y = Double.parseDouble(t[2]);
					double z = Double.parseDouble(t[3]);
					vertices.add(new Vec3(piece.getX() + c * x - s * y, piece.getY() + s * x + c * y, piece.getZ() + z));
				} else if (t[0].equals("f")) { //$NON-NLS-1$
					Vec3 first = vertex(vertices, t[1]);
					for (int k = 2; k + 1 < t.length; k++) {
						geometry.triangle(first, vertex(vertices, t[k]), vertex(vertices, t[k + 1]), piece.getReflectance());
						faces++;
					}
				}
			} catch (RuntimeException e) {
				throw new IOException(NLS.bind(Messages.objLine, new Object[] { file.getFileName(), lineNo, line.trim() }), e);
			}
		}
		if (faces == 0) {
			throw new IOException(NLS.bind(Messages.objEmpty, file.getFileName()));
		}
	}

	private static Vec3 vertex(List<Vec3> vertices, String ref) {
		int i = Integer.parseInt(ref.split("/")[0]); //$NON-NLS-1$
		return vertices.get(i > 0 ? i - 1 : vertices.size() + i);
	}
}
