// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings that take effect at the next start, read by the launcher script
 * before Java starts: {@code launch.properties} in Backlot's home folder
 * ({@code -Dbacklot.home}, default {@code ~/.backlot}).
 */
public final class LaunchSettings {
	/** Key of the user-interface language (an Equinox -nl value such as zh_CN). */
	public static final String LANGUAGE = "nl"; //$NON-NLS-1$
	/** File name inside Backlot's home folder. */
	public static final String FILE_NAME = "launch.properties"; //$NON-NLS-1$

	private final Path file;

	/** Settings stored in the given file. */
	public LaunchSettings(Path file) {
		this.file = file;
	}

	/** Settings in the home folder of the running installation. */
	public static LaunchSettings forUser() {
		return new LaunchSettings(home().resolve(FILE_NAME));
	}

	/** Backlot's per-user folder: {@code -Dbacklot.home} or {@code ~/.backlot}. */
	public static Path home() {
		String home = System.getProperty("backlot.home"); //$NON-NLS-1$
		return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".backlot"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The language chosen for the next start, or empty for the system's language. */
	public Optional<String> language() throws IOException {
		String value = load().getProperty(LANGUAGE, "").trim(); //$NON-NLS-1$
		return value.isEmpty() ? Optional.empty() : Optional.of(value);
	}

	/** Chooses the language for the next start; empty means the system's language. */
	public void setLanguage(Optional<String> nl) throws IOException {
		Properties p = load();
		if (nl.isPresent()) {
			if (!nl.get().matches("[a-z]{2,3}(_[A-Z]{2})?")) { //$NON-NLS-1$
				throw new IllegalArgumentException("not a language code: " + nl.get()); //$NON-NLS-1$
			}
			p.setProperty(LANGUAGE, nl.get());
		} else {
			p.remove(LANGUAGE);
		}
		StringWriter w = new StringWriter();
		p.store(w, "Backlot: settings for the next start"); //$NON-NLS-1$
		AtomicFiles.write(file, w.toString().getBytes(StandardCharsets.ISO_8859_1));
	}

	private Properties load() throws IOException {
		Properties p = new Properties();
		if (Files.isRegularFile(file)) {
			p.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
		}
		return p;
	}
}
