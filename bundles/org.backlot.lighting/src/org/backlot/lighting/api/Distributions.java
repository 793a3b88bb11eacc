// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.backlot.lighting.internal.library.LibraryFiles;
import org.backlot.lighting.internal.photometry.Messages;
import org.backlot.lighting.internal.photometry.PhotometricException;
import org.backlot.lighting.internal.photometry.PhotometricFiles;
import org.backlot.model.lighting.FixtureType;
import org.eclipse.osgi.util.NLS;

/**
 * The intensity distribution of a fixture type: its photometric file (IES LM-63 or EULUMDAT) when it has one,
 * else a smooth beam from its beam and field angles. A file name is resolved as an absolute path, else against
 * the production's folder, else in the fixture library folder of this plugin ({@code library/}). Files are read
 * once and kept until they change on disk.
 */
public final class Distributions {
	/** The beam angle assumed when a type gives none. */
	public static final double DEFAULT_BEAM = 40;
	/** The field angle assumed when a type gives none. */
	public static final double DEFAULT_FIELD = 60;

	private Distributions() {
	}

	/**
	 * The distribution of {@code type}. A photometric file that cannot be found or read is reported to
	 * {@code problems} (the message names the file and, for a bad file, the line) and the beam angles are used
	 * instead. {@code baseDir} (the production's folder) may be null.
	 */
	public static Distribution of(FixtureType type, Path baseDir, Consumer<String> problems) {
		String file = type.getPhotometricFile();
		if (file != null && !file.isBlank()) {
			try {
				return PhotometricFiles.read(resolve(file.trim(), baseDir));
			} catch (PhotometricException e) {
				if (problems != null) {
					problems.accept(e.getMessage());
				}
			}
		}
		double beam = type.getBeamAngle() > 0 ? type.getBeamAngle() : DEFAULT_BEAM;
		double field = type.getFieldAngle() > beam ? type.getFieldAngle() : type.getFieldAngle() > 0 ? beam * 1.5 : Math.max(DEFAULT_FIELD, beam * 1.5);
		return new BeamDistribution(beam, field);
	}

	/** The photometric file {@code name} stands for: absolute, in {@code baseDir}, or in the fixture library folder. */
	public static Path resolve(String name, Path baseDir) throws PhotometricException {
		Path p;
		try {
			p = Path.of(name);
		} catch (InvalidPathException e) {
			throw new PhotometricException(NLS.bind(Messages.badPath, name), e);
		}
		if (p.isAbsolute()) {
			return p;
		}
		if (baseDir != null && Files.isRegularFile(baseDir.resolve(p))) {
			return baseDir.resolve(p);
		}
		Optional<Path> inLibrary = LibraryFiles.lightingFile(LibraryFiles.LIBRARY_FOLDER + '/' + name.replace('\\', '/'));
		if (inLibrary.isPresent()) {
			return inLibrary.get();
		}
		throw new PhotometricException(NLS.bind(Messages.notFound, name));
	}
}
