// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.submit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folder moves for the exchange: a finished folder replaces the old one in one rename; a failed one leaves no trace. */
final class Folders {
	private Folders() {
	}

	/** Moves {@code finished} to {@code target}, replacing a folder there (kept until the move has succeeded). */
	static void replace(Path finished, Path target) throws IOException {
		Path old = null;
		if (Files.exists(target)) {
			old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.delete(old);
			move(target, old);
		}
		try {
			move(finished, target);
		} catch (IOException e) {
			if (old != null) {
				move(old, target);
			}
			throw e;
		}
		if (old != null) {
			delete(old);
		}
	}

	/** Copies a file into a (new) folder and forces it to disk. */
	static void copy(Path source, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
		try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
			ch.force(true);
		}
	}

	/** Deletes a folder with everything in it; nothing when it is not there. */
	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		List<Path> all;
		try (Stream<Path> s = Files.walk(folder)) {
			all = s.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path p : all) {
			Files.deleteIfExists(p);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}
}
