// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where plugins are installed from: what a user types or picks becomes the update site p2 reads. */
class InstallSourceDialogTest {
	@TempDir
	Path tmp;

	@Test
	void aWebAddressIsTakenAsItIs() {
		assertEquals(URI.create("https://plugins.example.com/backlot/"), InstallSourceDialog.toSite(" https://plugins.example.com/backlot/ "));
	}

	@Test
	void aFolderBecomesAFileAddress() {
		URI site = InstallSourceDialog.toSite(tmp.toString());
		assertEquals("file", site.getScheme());
		assertEquals(tmp.toUri(), site);
	}

	@Test
	void aZipIsReadInPlace() throws Exception {
		Path zip = Files.write(tmp.resolve("harbour-site.zip"), new byte[] { 'P', 'K', 5, 6 });
		URI site = InstallSourceDialog.toSite(zip.toString());
		assertEquals("jar:" + zip.toFile().toURI() + "!/", site.toString());
	}

	@Test
	void badInputIsNamed() {
		IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> InstallSourceDialog.toSite("  "));
		assertEquals(Messages.installEmpty, empty.getMessage());
		String missing = tmp.resolve("nowhere").toString();
		assertEquals(NLS.bind(Messages.installMissing, missing),
				assertThrows(IllegalArgumentException.class, () -> InstallSourceDialog.toSite(missing)).getMessage());
	}

	@Test
	void aFileThatIsNoSiteIsRefused() throws Exception {
		Path text = Files.writeString(tmp.resolve("notes.txt"), "x");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> InstallSourceDialog.toSite(text.toString())).getMessage()
				.contains("notes.txt"));
	}
}
