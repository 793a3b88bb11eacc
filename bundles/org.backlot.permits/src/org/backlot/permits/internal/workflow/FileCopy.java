// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.osgi.util.NLS;

/** Copies a file into a folder under a name no other file there has, never leaving a half-written file. */
public final class FileCopy {
	private FileCopy() {
	}

	/**
	 * Copies {@code file} into {@code folder} (created when missing) as its own name, or name-2, name-3... when that is
	 * taken; returns the new file. A file already in the folder is kept where it is.
	 */
	public static Path into(Path file, Path folder) throws IOException {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new IOException(NLS.bind(Messages.cannotRead, file));
		}
		Files.createDirectories(folder);
		Path parent = file.toRealPath().getParent();
		if (parent != null && parent.equals(folder.toRealPath())) {
			return folder.resolve(file.getFileName());
		}
		Path tmp = Files.createTempFile(folder, ".attach-", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
			Path target = free(folder, file.getFileName().toString());
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			return target;
		} catch (IOException e) {
			throw new IOException(NLS.bind(Messages.copyFailed, new Object[] { file, folder, e.getMessage() }), e);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	/** The first of name, name-2, name-3... (before the extension) that no file in the folder has. */
	public static Path free(Path folder, String name) {
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String ext = dot > 0 ? name.substring(dot) : ""; //$NON-NLS-1$
		Path p = folder.resolve(name);
		for (int n = 2; Files.exists(p); n++) {
			p = folder.resolve(stem + '-' + n + ext);
		}
		return p;
	}
}
