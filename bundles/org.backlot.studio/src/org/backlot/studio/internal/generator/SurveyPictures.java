// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.backlot.core.api.AtomicFiles;
import org.backlot.model.production.Production;
import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.Locations;
import org.backlot.studio.internal.generator.PanoramaPainter.Look;

/**
 * The sample's pictures, painted in code: the survey panoramas of the
 * locations a production shoots at and the previews of the base's digital
 * assets, written beside the studio file at the paths the records name
 * (files that exist already are kept).
 */
public final class SurveyPictures {
	/** Width of a written panorama (height is half). */
	public static final int PANORAMA_WIDTH = 1024;

	private SurveyPictures() {
	}

	/**
	 * Writes the panoramas of the locations the production uses and the assets'
	 * previews into the studio's folder; {@code riverInRain} (may be null) is
	 * the picture the river-in-rain environment shares with the sample's LED wall.
	 */
	public static void write(Path studioDir, Studio s, Production p, Path riverInRain) throws IOException {
		for (Location l : Locations.usedBy(p)) {
			if (!l.getPanoramas().isEmpty()) {
				save(studioDir.resolve(l.getPanoramas().get(0)), panorama(l), "jpg"); //$NON-NLS-1$
			}
		}
		for (DigitalAsset a : s.getAssets()) {
			if (a.getPreview() == null || a.getPreview().isBlank()) {
				continue;
			}
			Path target = studioDir.resolve(a.getPreview());
			if (a.getPreview().equals(DigitalAssets.RIVER_PREVIEW) && riverInRain != null && Files.isRegularFile(riverInRain)) {
				if (!Files.exists(target)) {
					AtomicFiles.write(target, Files.readAllBytes(riverInRain));
				}
			} else {
				save(target, a.getKind() == AssetKind.DIGITAL_HUMAN ? FigurePainter.paint(a.getName()) : environment(a), "jpg"); //$NON-NLS-1$
			}
		}
	}

	/** The location's painted panorama. */
	public static BufferedImage panorama(Location l) {
		return PanoramaPainter.paint(look(l.getName(), l.isRoad(), l.isLandmark()), PANORAMA_WIDTH, true);
	}

	/** An LED environment's preview: a 960 × 420 strip round the horizon of a painted panorama of its kind of place. */
	static BufferedImage environment(DigitalAsset a) {
		String n = a.getName().toLowerCase(Locale.ROOT);
		boolean night = n.contains("night"); //$NON-NLS-1$
		boolean green = n.contains("bamboo"); //$NON-NLS-1$
		Look look = new Look(a.getName().hashCode(), green ? 6 : 70, n.contains("river"), false, green, night); //$NON-NLS-1$
		return PanoramaPainter.paint(look, 2048, false).getSubimage(544, 512 - 300, 960, 420);
	}

	private static Look look(String name, boolean road, boolean landmark) {
		String n = name.toLowerCase(Locale.ROOT);
		boolean green = n.contains("tea hills") || n.contains("park") || n.contains("viewpoint") || n.contains("mountain"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		boolean water = n.contains("wharf") || n.contains("hongyadong") || n.contains("cableway") || n.contains("riverside") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| n.contains("songji"); //$NON-NLS-1$
		int buildings = green ? 5 : landmark ? 40 : 70;
		return new Look(name.hashCode(), buildings, water, road, green, false);
	}

	private static void save(Path target, BufferedImage img, String format) throws IOException {
		if (Files.exists(target)) {
			return;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(img, format, out)) {
			throw new IOException("no " + format + " writer"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Files.createDirectories(target.toAbsolutePath().getParent());
		AtomicFiles.write(target, out.toByteArray());
	}
}
