// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.backlot.core.api.LaunchSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window &gt; Preferences &gt; Language writes the choice the launcher applies at the next start. */
class LanguagePreferencePageTest {
	@TempDir
	Path dir;

	@Test
	void choosingChineseWritesTheLaunchSetting() throws Exception {
		Path file = dir.resolve("launch.properties");
		Shell shell = new Shell();
		try {
			LanguagePreferencePage page = new LanguagePreferencePage(new LaunchSettings(file));
			page.createControl(shell);
			assertEquals(0, page.combo().getSelectionIndex(), "the system's language by default");
			assertEquals(3, page.combo().getItemCount());
			page.combo().select(2);
			assertTrue(page.performOk());
			assertEquals(Optional.of("zh_CN"), new LaunchSettings(file).language());
			assertTrue(Files.readString(file).contains("nl=zh_CN"));

			LanguagePreferencePage again = new LanguagePreferencePage(new LaunchSettings(file));
			again.createControl(shell);
			assertEquals(2, again.combo().getSelectionIndex(), "the page shows the stored choice");
			again.combo().select(0);
			again.performOk();
			assertEquals(Optional.empty(), new LaunchSettings(file).language());
		} finally {
			shell.dispose();
		}
	}

	@Test
	void anUnwritableSettingsFileIsReportedOnThePage() throws Exception {
		Path blocker = dir.resolve("not-a-folder");
		Files.writeString(blocker, "x");
		Shell shell = new Shell(SWT.NONE);
		try {
			LanguagePreferencePage page = new LanguagePreferencePage(new LaunchSettings(blocker.resolve("launch.properties")));
			page.createControl(shell);
			page.combo().select(1);
			assertEquals(false, page.performOk());
			assertTrue(page.getErrorMessage().startsWith("Could not save the launch settings"), page.getErrorMessage());
		} finally {
			shell.dispose();
		}
	}
}
