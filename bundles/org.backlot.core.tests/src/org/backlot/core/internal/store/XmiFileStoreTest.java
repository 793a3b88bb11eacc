// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.backlot.core.api.Fixtures;
import org.backlot.core.api.ModelStore;
import org.backlot.core.api.StoreException;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Studio;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Productions and studios round-trip through their files; broken files give clear errors and are never overwritten. */
class XmiFileStoreTest {
	@TempDir
	Path dir;

	private final XmiFileStore store = new XmiFileStore();

	private Path saveSample() throws Exception {
		ResourceSet set = store.createResourceSet();
		Studio studio = Fixtures.studio();
		Production production = Fixtures.production(studio);
		Resource s = set.createResource(org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("base.backlot-studio").toString()));
		s.getContents().add(studio);
		Resource p = set.createResource(org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("tea.backlot").toString()));
		p.getContents().add(production);
		store.save(s);
		store.save(p);
		return dir.resolve("tea.backlot");
	}

	@Test
	void roundTripKeepsValuesIdsAndTheLinkToTheStudio() throws Exception {
		Path file = saveSample();
		String xml = Files.readString(file);
		assertTrue(xml.contains("fileVersion=\"1\""), "the format version is written");
		assertTrue(xml.contains("茶馆"), "Chinese is stored as UTF-8 text, readable in diffs");

		ResourceSet set = store.createResourceSet();
		Production p = (Production) store.load(set, file).getContents().get(0);
		assertEquals("Tea House", p.getTitle());
		assertEquals(3, p.getScript().getScenes().size());
		Scene two = p.getScript().getScenes().get(1);
		assertNotNull(two.getId(), "every object others point at has an id");
		assertEquals(36, two.getId().length());
		assertEquals("Stage 1", two.getStage().getName(), "the stage in the studio file resolves");
		assertEquals(p.getStudio(), two.getStage().eContainer());
		assertEquals(p.getSchedules().get(0), p.getActiveSchedule());

		String idBefore = two.getId();
		store.save(p.eResource());
		Production again = (Production) store.load(store.createResourceSet(), file).getContents().get(0);
		assertEquals(idBefore, again.getScript().getScenes().get(1).getId(), "ids are stable across saves");
	}

	@Test
	void savingKeepsThePreviousFileAsBackup() throws Exception {
		Path file = saveSample();
		String first = Files.readString(file);
		ResourceSet set = store.createResourceSet();
		Production p = (Production) store.load(set, file).getContents().get(0);
		p.setTitle("Tea House, second draft");
		store.save(p.eResource());
		assertEquals(first, Files.readString(dir.resolve("tea.backlot.bak")));
		assertTrue(Files.readString(file).contains("second draft"));
		try (var files = Files.list(dir)) {
			assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
		}
	}

	private void assertRefusedAndUntouched(Path file, String expected) throws Exception {
		byte[] before = Files.readAllBytes(file);
		ResourceSet set = store.createResourceSet();
		StoreException e = assertThrows(StoreException.class, () -> store.load(set, file));
		assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
		assertTrue(e.getMessage().contains(expected), e.getMessage());
		Resource r = set.createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
		// a production that saves fine anywhere else, so that only the failed load can stop the save
		r.getContents().add(org.backlot.core.api.NewProduction.create("replacement", null));
		StoreException refused = assertThrows(StoreException.class, () -> store.save(r), "a file that failed to load is never overwritten");
		assertTrue(refused.getMessage().contains("could not be loaded and would be overwritten"), refused.getMessage());
		assertTrue(Arrays.equals(before, Files.readAllBytes(file)), "the file is untouched");
		assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ".bak")));
	}

	@Test
	void aCorruptFileIsReportedWithItsLine() throws Exception {
		Path file = dir.resolve("corrupt.backlot");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<production:Production xmlns:production=\"http://backlot.org/model/production/1.0\"\n  title=\"x\" <<< garbage\n");
		assertRefusedAndUntouched(file, "line 3");
	}

	@Test
	void aTruncatedFileIsReportedWithItsLine() throws Exception {
		Path good = saveSample();
		byte[] all = Files.readAllBytes(good);
		Path file = dir.resolve("truncated.backlot");
		Files.write(file, Arrays.copyOf(all, all.length / 2));
		assertRefusedAndUntouched(file, ", line ");
	}

	/** A copy of the sample production changed by {@code change}. */
	private Path variant(String name, java.util.function.UnaryOperator<String> change) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, change.apply(Files.readString(saveSample())));
		return file;
	}

	@Test
	void aFileFromANewerBacklotIsRefusedPolitely() throws Exception {
		Path file = variant("future.backlot", xml -> xml.replace("fileVersion=\"1\"", "fileVersion=\"99\""));
		assertRefusedAndUntouched(file, "was saved by a newer Backlot (file format 99; this Backlot reads up to 1)");
	}

	@Test
	void anUnknownElementNamesItsLine() throws Exception {
		Path file = variant("unknown.backlot", xml -> xml.replaceFirst("(<script[^>]*>)", "$1\n    <budget total=\"1\"/>"));
		assertRefusedAndUntouched(file, "budget");
	}

	@Test
	void aStudioIsNotAProduction() throws Exception {
		saveSample();
		Path file = dir.resolve("studio-as-production.backlot");
		Files.copy(dir.resolve("base.backlot-studio"), file);
		assertRefusedAndUntouched(file, "is not a Backlot production");
	}

	@Test
	void emptyAndMissingFiles() throws Exception {
		Path empty = dir.resolve("empty.backlot");
		Files.write(empty, new byte[0]);
		assertRefusedAndUntouched(empty, "the file is empty");
		StoreException e = assertThrows(StoreException.class, () -> store.load(store.createResourceSet(), dir.resolve("nope.backlot")));
		assertTrue(e.getMessage().endsWith("no such file"), e.getMessage());
	}

	@Test
	void aFileWithoutVersionIsMigratedAndGetsIds() throws Exception {
		Path file = dir.resolve("old.backlot");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<production:Production xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:production="http://backlot.org/model/production/1.0" title="Old">
				  <script>
				    <scenes number="1" heading="INT. ROOM - DAY"/>
				  </script>
				</production:Production>
				""", StandardCharsets.UTF_8);
		Production p = (Production) store.load(store.createResourceSet(), file).getContents().get(0);
		assertEquals(ModelStore.CURRENT_VERSION, p.getFileVersion());
		assertNotNull(p.getId());
		assertNotNull(p.getScript().getScenes().get(0).getId());
		store.save(p.eResource());
		assertTrue(Files.readString(file).contains("fileVersion=\"1\""));
		assertTrue(Files.exists(dir.resolve("old.backlot.bak")), "the pre-migration file is kept");
	}
}
