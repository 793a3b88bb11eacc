// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.StoreException;
import org.backlot.model.production.Production;
import org.backlot.studio.api.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File &gt; New &gt; Production writes a production on the chosen studio and never replaces a file. */
class NewProductionWizardTest {
	@TempDir
	Path dir;

	@Test
	void createsAProductionOnTheStudio() throws Exception {
		Samples.ensure(dir);
		Path file = dir.resolve("night-market.backlot");
		NewProductionWizard.create(file, "夜市 Night Market", dir.resolve(Samples.STUDIO_FILE));
		Production p = (Production) ModelFiles.store().load(ModelFiles.store().createResourceSet(), file).getContents().get(0);
		assertEquals("夜市 Night Market", p.getTitle());
		assertEquals("Yongchuan Film and TV Base", p.getStudio().getName());
		assertEquals(17, p.getBreakdown().getCategories().size());
		assertTrue(Files.readString(file).contains("yongchuan.backlot-studio#"), "the studio is referred to by file and id");
		StoreException e = assertThrows(StoreException.class, () -> NewProductionWizard.create(file, "again", null));
		assertTrue(e.getMessage().contains("already exists"), e.getMessage());
	}
}
