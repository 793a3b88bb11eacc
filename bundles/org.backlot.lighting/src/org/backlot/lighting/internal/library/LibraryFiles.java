// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.library;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds files shipped inside plugins: through the OSGi bundle (and its fragments) when running in Equinox, else,
 * for tests run on a plain class path, in the lighting plugin's folder found from the class location or the
 * working directory.
 */
public final class LibraryFiles {
	/** The folder of this plugin that holds its fixture library and photometric files. */
	public static final String LIBRARY_FOLDER = "library"; //$NON-NLS-1$
	/** The lighting plugin's id. */
	public static final String LIGHTING_BUNDLE = "org.backlot.lighting"; //$NON-NLS-1$

	private LibraryFiles() {
	}

	/** A file of the lighting plugin, by its path inside the plugin (e.g. {@code library/x.ies}), as a local file. */
	public static Optional<Path> lightingFile(String relative) {
		Bundle bundle = FrameworkUtil.getBundle(LibraryFiles.class);
		if (bundle != null) {
			return bundleFile(bundle, relative);
		}
		for (Path root : plainRoots()) {
			Path p = root.resolve(relative);
			if (Files.isRegularFile(p)) {
				return Optional.of(p.toAbsolutePath().normalize());
			}
		}
		return Optional.empty();
	}

	/** A file of {@code bundle} (or one of its fragments) as a local file, extracted from a jar when need be. */
	public static Optional<Path> bundleFile(Bundle bundle, String relative) {
		URL url = FileLocator.find(bundle, IPath.fromPortableString(relative));
		if (url == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new File(FileLocator.toFileURL(url).getPath()).toPath());
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Opens a file of the plugin named {@code bundleId}, or returns null when there is no such file. */
	public static InputStream open(String bundleId, String relative) throws IOException {
		Bundle bundle = Platform.isRunning() ? Platform.getBundle(bundleId) : null;
		if (bundle != null) {
			URL url = FileLocator.find(bundle, IPath.fromPortableString(relative));
			return url == null ? null : url.openStream();
		}
		if (LIGHTING_BUNDLE.equals(bundleId)) {
			Optional<Path> p = lightingFile(relative);
			return p.isPresent() ? Files.newInputStream(p.get()) : null;
		}
		return null;
	}

	/** Folders that may be the lighting plugin's root when running without OSGi. */
	private static List<Path> plainRoots() {
		List<Path> roots = new ArrayList<>();
		try {
			Path classes = Path.of(LibraryFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			for (Path p = classes; p != null && roots.size() < 3; p = p.getParent()) {
				roots.add(p);
			}
		} catch (URISyntaxException | RuntimeException e) {
			// no class location: rely on the working directory
		}
		Path cwd = Path.of("").toAbsolutePath(); //$NON-NLS-1$
		roots.add(cwd);
		roots.add(cwd.resolve("bundles").resolve(LIGHTING_BUNDLE)); //$NON-NLS-1$
		roots.add(cwd.resolveSibling(LIGHTING_BUNDLE));
		return roots;
	}
}
