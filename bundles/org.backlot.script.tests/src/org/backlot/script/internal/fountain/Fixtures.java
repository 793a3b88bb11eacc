// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fountain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptSource;

/** Helpers for the Fountain tests: parse text or files, list elements compactly. */
final class Fixtures {
	private Fixtures() {
	}

	/** Parses Fountain text. */
	static ParsedScript parse(String text) {
		try {
			return new FountainImporter().read(new ScriptSource("test.fountain", text.getBytes(StandardCharsets.UTF_8)));
		} catch (ScriptFormatException e) {
			throw new AssertionError(e);
		}
	}

	/** Parses a file. */
	static ParsedScript parse(Path file) throws IOException, ScriptFormatException {
		return new FountainImporter().read(ScriptSource.of(file));
	}

	/** The elements of a type. */
	static List<ScriptElement> of(ParsedScript p, ElementType type) {
		return p.elements().stream().filter(e -> e.type() == type).toList();
	}

	/** The texts of the elements of a type. */
	static List<String> texts(ParsedScript p, ElementType type) {
		return of(p, type).stream().map(ScriptElement::text).toList();
	}

	/** One line per element: "TYPE:text" plus "#number", "^" for dual, "(depth)". */
	static List<String> describe(ParsedScript p) {
		return p.elements().stream().map(Fixtures::describe).toList();
	}

	/** One element as "TYPE:text" plus "#number", "^" for dual, "(depth)". */
	static String describe(ScriptElement e) {
		return e.type() + (e.dual() ? "^" : "") + (e.sceneNumber() != null ? "#" + e.sceneNumber() : "")
				+ (e.depth() > 0 ? "(" + e.depth() + ")" : "") + ":" + e.text();
	}

	/** Reads a UTF-8 file. */
	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}
}
