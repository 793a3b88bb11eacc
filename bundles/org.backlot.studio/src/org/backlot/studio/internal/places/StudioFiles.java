// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.places;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Files that model objects name: paths relative to the folder of the file (studio or production) the object is saved in. */
public final class StudioFiles {
	private StudioFiles() {
	}

	/** The folder of the file the object is saved in, or null when it is not in a file. */
	public static Path folder(EObject o) {
		Resource r = o == null ? null : o.eResource();
		URI uri = r == null ? null : r.getURI();
		if (uri == null || !uri.isFile()) {
			return null;
		}
		Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
		return file.getParent();
	}

	/** A path the object names: absolute as written, else against its file's folder; null when neither is possible. */
	public static Path resolve(EObject o, String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		Path p = Path.of(path);
		if (p.isAbsolute()) {
			return p.normalize();
		}
		Path dir = folder(o);
		return dir == null ? null : dir.resolve(p).normalize();
	}

	/** The file as a path relative to the folder (with forward slashes), or the absolute path when it lies on another root. */
	public static String relative(Path folder, Path file) {
		if (folder == null || !file.isAbsolute() || folder.getRoot() == null || !folder.getRoot().equals(file.getRoot())) {
			return file.toString().replace('\\', '/');
		}
		return folder.relativize(file).toString().replace('\\', '/');
	}
}
