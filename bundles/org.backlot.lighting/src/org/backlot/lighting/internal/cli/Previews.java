// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.backlot.cli.api.CliException;
import org.backlot.core.api.AtomicFiles;
import org.backlot.lighting.api.Frame;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.PreviewRenderer;
import org.backlot.lighting.api.Quality;
import org.eclipse.osgi.util.NLS;

/** Renders a scene's preview once and writes it as a PNG, all or nothing. */
final class Previews {
	private Previews() {
	}

	static void write(LightScene scene, int width, int height, Path png) throws CliException {
		Frame frame;
		try (PreviewRenderer renderer = new PreviewRenderer()) {
			frame = renderer.renderOnce(scene, width, height, Quality.SOFT_SHADOWS);
		}
		BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_ARGB);
		image.setRGB(0, 0, frame.width(), frame.height(), frame.argb(), 0, frame.width());
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, "png", bytes); //$NON-NLS-1$
			AtomicFiles.write(png, bytes.toByteArray());
		} catch (IOException e) {
			throw new CliException(NLS.bind(Messages.renderFailed, png, e.getMessage()), CliException.BAD_INPUT);
		}
	}
}
