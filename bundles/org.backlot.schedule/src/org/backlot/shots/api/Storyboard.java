// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.backlot.core.api.AtomicFiles;
import org.backlot.model.production.Production;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.shots.StoryboardFrame;
import org.backlot.shots.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Storyboard frames of shots. Images live in an assets folder beside the production file
 * ({@code tea.backlot} keeps them in {@code tea.assets/frames/}); a frame stores its path relative
 * to the production file's folder, so the two move together. Adding a frame changes the model: run it
 * in a command (the image file itself stays when the command is undone).
 */
public final class Storyboard {
	/** The folder of frames inside the assets folder. */
	public static final String FRAMES = "frames"; //$NON-NLS-1$

	private Storyboard() {
	}

	/** Copies a PNG or JPEG image (other readable formats are stored as PNG) into the assets and adds it as a frame of the shot. */
	public static StoryboardFrame addImage(Production p, Shot shot, Path image, Path productionFile) throws IOException {
		byte[] bytes = bytes(image);
		String format = format(bytes);
		BufferedImage decoded = decode(image, bytes);
		if ("png".equals(format) || "jpeg".equals(format)) { //$NON-NLS-1$ //$NON-NLS-2$
			return add(shot, bytes, "png".equals(format) ? "png" : "jpg", productionFile, false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return add(shot, png(decoded), "png", productionFile, false); //$NON-NLS-1$
	}

	/** Reads an image file as {@link #addImage} would, failing with a message naming the file when it is not a readable image. */
	public static BufferedImage check(Path image) throws IOException {
		return decode(image, bytes(image));
	}

	private static byte[] bytes(Path image) throws IOException {
		try {
			return Files.readAllBytes(image);
		} catch (IOException e) {
			throw new IOException(NLS.bind(Messages.cannotReadImage, image, e.getMessage()), e);
		}
	}

	private static BufferedImage decode(Path image, byte[] bytes) throws IOException {
		BufferedImage decoded = format(bytes) == null ? null : decode(bytes);
		if (decoded == null) {
			throw new IOException(NLS.bind(Messages.notAnImage, image));
		}
		return decoded;
	}

	/** Saves a drawing (from the sketch pad) as a PNG in the assets and adds it as a frame of the shot. */
	public static StoryboardFrame addDrawing(Production p, Shot shot, BufferedImage drawing, Path productionFile) throws IOException {
		return add(shot, png(drawing), "png", productionFile, false); //$NON-NLS-1$
	}

	/** Saves a rendered preview (from the lighting preview) as a PNG frame marked as rendered. */
	public static StoryboardFrame addRendered(Production p, Shot shot, BufferedImage render, Path productionFile) throws IOException {
		return add(shot, png(render), "png", productionFile, true); //$NON-NLS-1$
	}

	/** The image file of a frame, or null when it has none; relative paths are taken from the production file's folder. */
	public static Path resolve(StoryboardFrame frame, Path productionFile) {
		if (frame == null || frame.getImagePath() == null || frame.getImagePath().isBlank()) {
			return null;
		}
		Path path = Path.of(frame.getImagePath());
		if (path.isAbsolute() || productionFile == null) {
			return path;
		}
		Path folder = productionFile.toAbsolutePath().getParent();
		return folder == null ? path : folder.resolve(path).normalize();
	}

	/** The assets folder of a production file: {@code tea.backlot} gives {@code tea.assets} beside it. */
	public static Path assetsFolder(Path productionFile) {
		Path file = productionFile.toAbsolutePath();
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return file.resolveSibling(base + ".assets"); //$NON-NLS-1$
	}

	/** Reads a frame's image, or null when the frame has none or its file is missing or unreadable. */
	public static BufferedImage read(StoryboardFrame frame, Path productionFile) {
		Path file = resolve(frame, productionFile);
		if (file == null || !Files.isReadable(file)) {
			return null;
		}
		try {
			return ImageIO.read(file.toFile());
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static StoryboardFrame add(Shot shot, byte[] bytes, String ext, Path productionFile, boolean rendered) throws IOException {
		if (productionFile == null) {
			throw new IOException(Messages.notSaved);
		}
		Path assets = assetsFolder(productionFile);
		String name = UUID.randomUUID() + "." + ext; //$NON-NLS-1$
		Path target = assets.resolve(FRAMES).resolve(name);
		Files.createDirectories(target.getParent());
		AtomicFiles.write(target, bytes);
		StoryboardFrame frame = ShotsFactory.eINSTANCE.createStoryboardFrame();
		frame.setImagePath(assets.getFileName() + "/" + FRAMES + "/" + name); //$NON-NLS-1$ //$NON-NLS-2$
		frame.setRendered(rendered);
		shot.getFrames().add(frame);
		return frame;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (image == null || !ImageIO.write(image, "png", out)) { //$NON-NLS-1$
			throw new IOException(Messages.cannotEncode);
		}
		return out.toByteArray();
	}

	private static BufferedImage decode(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** The image format name in lower case ("png", "jpeg", "gif"...), or null when no reader knows the bytes. */
	private static String format(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			return readers.next().getFormatName().toLowerCase(Locale.ROOT);
		} catch (IOException e) {
			return null;
		}
	}
}
