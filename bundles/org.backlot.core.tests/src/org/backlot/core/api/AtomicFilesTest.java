// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes replace a file whole and leave no temporary files behind. */
class AtomicFilesTest {
	@TempDir
	Path dir;

	@Test
	void writesAndReplaces() throws Exception {
		Path f = dir.resolve("a/b/production.backlot");
		AtomicFiles.write(f, "one".getBytes(StandardCharsets.UTF_8));
		AtomicFiles.write(f, "two".getBytes(StandardCharsets.UTF_8));
		assertEquals("two", Files.readString(f));
		try (var files = Files.list(f.getParent())) {
			assertEquals(1, files.count(), "no temporary file is left");
		}
	}

	@Test
	void aFailedWriteLeavesTheOldFile() throws Exception {
		Path f = dir.resolve("production.backlot");
		Files.writeString(f, "original");
		Path asDir = dir.resolve("folder");
		Files.createDirectories(asDir.resolve("child"));
		assertThrows(IOException.class, () -> AtomicFiles.write(asDir, new byte[] { 1 }));
		assertArrayEquals("original".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f));
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file is left");
		}
	}
}
