// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language chosen for the next start is stored where the launcher reads it. */
class LaunchSettingsTest {
	@TempDir
	Path dir;

	@Test
	void noFileMeansSystemLanguage() throws Exception {
		assertEquals(Optional.empty(), new LaunchSettings(dir.resolve("launch.properties")).language());
	}

	@Test
	void chosenLanguageIsWrittenAsLauncherReadsIt() throws Exception {
		Path file = dir.resolve("sub/launch.properties");
		LaunchSettings settings = new LaunchSettings(file);
		settings.setLanguage(Optional.of("zh_CN"));
		assertTrue(Files.readAllLines(file).contains("nl=zh_CN"), "the launcher greps a plain nl=... line");
		assertEquals(Optional.of("zh_CN"), new LaunchSettings(file).language());
		settings.setLanguage(Optional.empty());
		assertEquals(Optional.empty(), new LaunchSettings(file).language());
	}

	@Test
	void otherSettingsSurviveAChange() throws Exception {
		Path file = dir.resolve("launch.properties");
		Files.writeString(file, "vmargs=-Xmx4g\nnl=en\n");
		new LaunchSettings(file).setLanguage(Optional.of("zh_CN"));
		String text = Files.readString(file);
		assertTrue(text.contains("vmargs=-Xmx4g"), text);
		assertTrue(text.contains("nl=zh_CN"), text);
	}

	@Test
	void rejectsSomethingThatIsNotALanguage() {
		LaunchSettings settings = new LaunchSettings(dir.resolve("launch.properties"));
		assertThrows(IllegalArgumentException.class, () -> settings.setLanguage(Optional.of("zh CN; rm -rf")));
		assertTrue(Files.notExists(dir.resolve("launch.properties")));
	}
}
