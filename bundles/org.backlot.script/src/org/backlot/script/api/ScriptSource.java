// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A screenplay file's bytes and name, with its text decoded once on demand.
 */
public final class ScriptSource {
	private final String name;
	private final byte[] bytes;
	private DecodedText text;

	/** A source from bytes; {@code name} is the file name (used for messages and as a hint). */
	public ScriptSource(String name, byte[] bytes) {
		this.name = name;
		this.bytes = bytes;
	}

	/** Reads a file. */
	public static ScriptSource of(Path file) throws IOException {
		return new ScriptSource(file.getFileName().toString(), Files.readAllBytes(file));
	}

	/** A source from text already in memory (tests, paste). */
	public static ScriptSource ofText(String name, String text) {
		return new ScriptSource(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The file name, e.g. "draft.fountain". */
	public String name() {
		return name;
	}

	/** The lower-case extension without the dot, or "". */
	public String extension() {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
	}

	/** The raw bytes (do not modify). */
	public byte[] bytes() {
		return bytes;
	}

	/** The text, decoded by {@link TextDecoding}. */
	public synchronized DecodedText text() {
		if (text == null) {
			text = TextDecoding.decode(bytes);
		}
		return text;
	}

	/** The first {@code n} characters of the text (for detection). */
	public String head(int n) {
		String t = text().text();
		return t.length() <= n ? t : t.substring(0, n);
	}
}
