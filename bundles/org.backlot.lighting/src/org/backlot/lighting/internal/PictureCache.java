// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/** LED wall pictures read once and kept as linear-light grids while the file stays the same (path, time, size). */
final class PictureCache {
	private static final int SIZE = 8;
	private static final Map<String, double[]> GRIDS = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
			return size() > SIZE;
		}
	};

	private PictureCache() {
	}

	/** The picture's grid, or null when the file is not an image. */
	static double[] grid(Path file, int cols, int rows) throws IOException {
		Path abs = file.toAbsolutePath();
		String key = abs + "|" + Files.getLastModifiedTime(abs).toMillis() + "|" + Files.size(abs) + "|" + cols + "x" + rows; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		synchronized (GRIDS) {
			double[] hit = GRIDS.get(key);
			if (hit != null) {
				return hit;
			}
		}
		BufferedImage image = ImageIO.read(abs.toFile());
		if (image == null) {
			return null;
		}
		double[] grid = LedPicture.grid(image, cols, rows);
		synchronized (GRIDS) {
			GRIDS.put(key, grid);
		}
		return grid;
	}
}
