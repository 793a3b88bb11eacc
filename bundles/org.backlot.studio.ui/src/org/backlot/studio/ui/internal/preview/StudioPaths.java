// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Files that studio records name (photos): absolute as written, else beside the studio file. */
final class StudioPaths {
	private StudioPaths() {
	}

	/** The file a record names, or null when there is none or the studio is not in a file. */
	static Path resolve(EObject record, String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		Path p;
		try {
			p = Path.of(path);
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
		if (p.isAbsolute()) {
			return p.normalize();
		}
		Resource r = record == null ? null : record.eResource();
		URI uri = r == null ? null : r.getURI();
		if (uri == null || !uri.isFile()) {
			return null;
		}
		Path parent = Path.of(uri.toFileString()).toAbsolutePath().getParent();
		return parent == null ? null : parent.resolve(p).normalize();
	}
}
