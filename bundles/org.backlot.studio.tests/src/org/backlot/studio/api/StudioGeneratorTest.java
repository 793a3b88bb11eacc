// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backlot.cli.internal.CliApplication;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.Validation;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated studio has the base's real sizes, is the same for the same seed, and is valid. */
class StudioGeneratorTest {
	@TempDir
	Path dir;

	@Test
	void hasTheBasesFigures() {
		Studio s = StudioGenerator.generate(1);
		assertEquals(12, s.getStages().size());
		assertEquals(5000.0, s.getStages().stream().mapToDouble(Stage::getAreaM2).max().orElse(0));
		assertTrue(s.getStages().stream().filter(Stage::isLedVolume).count() >= 2, "LED volumes on some stages");
		assertTrue(s.getInventory().size() >= 10_000);
		assertEquals(15_000, s.getExtras().size());
		assertEquals(800, s.getApartments().size());
		assertEquals(7, s.getAuthorities().size());
		assertTrue(s.getLocations().size() >= 10);
		assertTrue(s.getFixtureTypes().size() >= 15);
		for (ItemKind kind : List.of(ItemKind.COSTUME, ItemKind.PROP, ItemKind.WEAPON, ItemKind.VEHICLE, ItemKind.SET_DRESSING)) {
			assertTrue(s.getInventory().stream().anyMatch(i -> i.getKind() == kind), kind.toString());
		}
		for (InventoryItem i : s.getInventory()) {
			assertTrue(i.getNameZh() != null && !i.getNameZh().isBlank() && i.getNameEn() != null && !i.getNameEn().isBlank(), i.getCode());
		}
		for (Extra x : s.getExtras()) {
			assertTrue(x.getHeightCm() > 130 && x.getHeightCm() < 210, x.getCode() + " " + x.getHeightCm());
		}
		assertTrue(s.getInventory().stream().anyMatch(i -> "Republic-era Chongqing".equals(i.getPeriod())));
	}

	@Test
	void theSameSeedGivesTheSameStudio() {
		Studio a = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
		Studio b = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
		assertEquals(a.getId(), b.getId());
		assertEquals(a.getStages().get(3).getId(), b.getStages().get(3).getId());
		assertEquals(a.getInventory().get(9999).getNameZh(), b.getInventory().get(9999).getNameZh());
		assertEquals(a.getExtras().get(14999).getName(), b.getExtras().get(14999).getName());
		assertNotEquals(a.getId(), StudioGenerator.generate(7).getId());
	}

	@Test
	void isValid() {
		Diagnostic d = Validation.validate(StudioGenerator.generate(3));
		assertEquals(Diagnostic.OK, d.getSeverity(), Validation.problems(d).toString());
	}

	private static int cli(List<String> args, StringBuilder err) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = CliApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		err.append(e.toString(StandardCharsets.UTF_8));
		return code;
	}

	@Test
	void theCommandLineWritesALoadableStudio() throws Exception {
		Path file = dir.resolve("base.backlot-studio");
		StringBuilder err = new StringBuilder();
		assertEquals(0, cli(List.of("studio", "generate", "--out", file.toString(), "--seed", "5"), err), err.toString());
		Studio loaded = (Studio) ModelFiles.store().load(ModelFiles.store().createResourceSet(), file).getContents().get(0);
		assertEquals(15_000, loaded.getExtras().size());
		assertEquals(StudioGenerator.generate(5).getId(), loaded.getId());

		long size = Files.size(file);
		err.setLength(0);
		assertEquals(3, cli(List.of("studio", "generate", "--out", file.toString()), err), "an existing file is not replaced without --force");
		assertTrue(err.toString().contains("already exists"), err.toString());
		assertEquals(size, Files.size(file));
		err.setLength(0);
		assertEquals(2, cli(List.of("studio", "generate", "--out", dir.resolve("x.txt").toString()), err));
		assertTrue(err.toString().contains("a studio file ends in .backlot-studio"), err.toString());
		err.setLength(0);
		assertEquals(2, cli(List.of("studio", "generate", "--seed", "abc", "--out", file.toString()), err));
		assertTrue(err.toString().contains("needs a number"), err.toString());
	}
}
