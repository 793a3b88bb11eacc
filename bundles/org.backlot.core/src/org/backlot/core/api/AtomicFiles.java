// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes files so that a crash or a full disk never leaves a half-written file behind. */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	/**
	 * Writes {@code content} to a temporary file beside {@code target}, forces it
	 * to disk and renames it over the target.
	 */
	public static void write(Path target, byte[] content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buf = ByteBuffer.wrap(content);
				while (buf.hasRemaining()) {
					ch.write(buf);
				}
				ch.force(true);
			}
			try {
				Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(tmp);
		}
	}
}
