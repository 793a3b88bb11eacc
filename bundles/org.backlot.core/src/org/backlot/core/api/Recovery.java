// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;

/**
 * Unsaved changes kept aside: the editor writes a production's unsaved state
 * to a recovery file every little while, removes it on save or when the user
 * discards the changes, and offers it back after a crash. The recovery file
 * never replaces the production's own file by itself.
 */
public final class Recovery {
	private final Path dir;

	/** Recovery files in the given folder. */
	public Recovery(Path dir) {
		this.dir = dir;
	}

	/** Recovery files in Backlot's home folder. */
	public static Recovery forUser() {
		return new Recovery(LaunchSettings.home().resolve("recovery")); //$NON-NLS-1$
	}

	/** The recovery file of a production file. */
	public Path fileFor(Path production) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(production.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return dir.resolve(HexFormat.of().formatHex(hash, 0, 12) + "." + ModelStore.PRODUCTION_EXTENSION); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Writes the resource's current state as the recovery of its file; references stay absolute so it loads from anywhere. */
	public void write(Resource production) throws IOException {
		Path original = Path.of(production.getURI().toFileString());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
		production.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", //$NON-NLS-1$
				XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl() {
					@Override
					public URI deresolve(URI uri) {
						return uri;
					}
				}));
		AtomicFiles.write(fileFor(original), bytes.toByteArray());
	}

	/** The recovery of a production file, when there is one newer than the file itself. */
	public Optional<Instant> pending(Path production) {
		Path r = fileFor(production);
		try {
			if (!Files.isRegularFile(r)) {
				return Optional.empty();
			}
			Instant saved = Files.getLastModifiedTime(r).toInstant();
			Instant file = Files.isRegularFile(production) ? Files.getLastModifiedTime(production).toInstant() : Instant.MIN;
			return saved.isAfter(file) ? Optional.of(saved) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Removes the recovery of a production file. */
	public void clear(Path production) {
		try {
			Files.deleteIfExists(fileFor(production));
		} catch (IOException e) {
			// nothing to recover from then; a stale recovery file is ignored once the production is newer
		}
	}
}
