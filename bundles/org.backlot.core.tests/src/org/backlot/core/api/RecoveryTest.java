// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved changes go to a recovery file that loads on its own and never touches the production's file. */
class RecoveryTest {
	@TempDir
	Path dir;

	@Test
	void keepsUnsavedChangesApartAndOffersThemBack() throws Exception {
		ResourceSet set = ModelFiles.store().createResourceSet();
		Studio studio = Fixtures.studio();
		Resource s = set.createResource(URI.createFileURI(dir.resolve("base.backlot-studio").toString()));
		s.getContents().add(studio);
		ModelFiles.store().save(s);
		Path file = dir.resolve("tea.backlot");
		Resource p = set.createResource(URI.createFileURI(file.toString()));
		p.getContents().add(Fixtures.production(studio));
		ModelFiles.store().save(p);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
		String saved = Files.readString(file);

		Recovery recovery = new Recovery(dir.resolve("recovery"));
		((Production) p.getContents().get(0)).setTitle("unsaved title");
		recovery.write(p);
		assertEquals(saved, Files.readString(file), "the production's own file is untouched");
		assertTrue(recovery.pending(file).isPresent());

		Production back = (Production) ModelFiles.store().load(ModelFiles.store().createResourceSet(), recovery.fileFor(file)).getContents().get(0);
		assertEquals("unsaved title", back.getTitle());
		assertEquals("Stage 1", back.getScript().getScenes().get(1).getStage().getName(), "references into the studio still resolve");

		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
		assertFalse(recovery.pending(file).isPresent(), "a recovery older than the file is stale");
		recovery.clear(file);
		assertFalse(Files.exists(recovery.fileFor(file)));
	}
}
