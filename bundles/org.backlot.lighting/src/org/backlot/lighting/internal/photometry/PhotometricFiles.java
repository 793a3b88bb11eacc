// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

/**
 * Reads photometric files by their extension (.ies, .ldt; any case) and keeps what it read, keyed by the file's
 * absolute path and checked against its modification time, so a file is parsed once until it changes.
 */
public final class PhotometricFiles {
	/** A file as last read: its time stamp and size, and its data or the problem with it. */
	private record Cached(long modified, long size, PhotometricData data, String problem) {
	}

	private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

	private PhotometricFiles() {
	}

	/** The data of {@code file}, from the cache while the file is unchanged. */
	public static PhotometricData read(Path file) throws PhotometricException {
		Path key = file.toAbsolutePath().normalize();
		String name = String.valueOf(key.getFileName());
		long modified;
		long size;
		try {
			modified = Files.getLastModifiedTime(key).toMillis();
			size = Files.size(key);
		} catch (NoSuchFileException e) {
			throw new PhotometricException(NLS.bind(Messages.notFound, key), e);
		} catch (IOException e) {
			throw new PhotometricException(NLS.bind(Messages.cannotRead, key, e.getMessage()), e);
		}
		Cached c = CACHE.get(key);
		if (c != null && c.modified() == modified && c.size() == size) {
			if (c.problem() != null) {
				throw new PhotometricException(c.problem());
			}
			return c.data();
		}
		try {
			String text = Files.readString(key, StandardCharsets.ISO_8859_1);
			PhotometricData data = parse(name, text);
			CACHE.put(key, new Cached(modified, size, data, null));
			return data;
		} catch (PhotometricException e) {
			CACHE.put(key, new Cached(modified, size, null, e.getMessage()));
			throw e;
		} catch (IOException e) {
			throw new PhotometricException(NLS.bind(Messages.cannotRead, key, e.getMessage()), e);
		}
	}

	/** Parses text by the extension of {@code name}. */
	public static PhotometricData parse(String name, String text) throws PhotometricException {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".ies")) { //$NON-NLS-1$
			return IesReader.read(name, text);
		}
		if (lower.endsWith(".ldt")) { //$NON-NLS-1$
			return EulumdatReader.read(name, text);
		}
		throw new PhotometricException(NLS.bind(Messages.unknownExtension, name));
	}

	/** Whether {@code name} has an extension these readers know. */
	public static boolean isPhotometric(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".ies") || lower.endsWith(".ldt"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Forgets every file read (tests; a user asking to reload). */
	public static void clearCache() {
		CACHE.clear();
	}
}
