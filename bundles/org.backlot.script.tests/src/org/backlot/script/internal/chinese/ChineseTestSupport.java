// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptSource;
import org.backlot.script.internal.SharedTestData;

/** Helpers for the Chinese importer tests: reading test scripts and printing elements compactly. */
final class ChineseTestSupport {
	private ChineseTestSupport() {
	}

	/** Reads one of this fragment's Chinese test scripts. */
	static ParsedScript readOwn(String file) throws IOException, ScriptFormatException {
		Path p = SharedTestData.own("chinese/" + file); //$NON-NLS-1$
		if (!Files.isRegularFile(p)) {
			throw new IOException("missing test script " + p); //$NON-NLS-1$
		}
		return new ChineseImporter().read(ScriptSource.of(p));
	}

	/** Reads text given in the test. */
	static ParsedScript readText(String text) throws ScriptFormatException {
		return new ChineseImporter().read(ScriptSource.ofText("test.txt", text)); //$NON-NLS-1$
	}

	/** One element as "TYPE#number|text" (number only when set). */
	static String show(ScriptElement e) {
		return e.type() + (e.sceneNumber() == null ? "" : "#" + e.sceneNumber()) + "|" + e.text(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Every element, shown. */
	static List<String> show(ParsedScript p) {
		return p.elements().stream().map(ChineseTestSupport::show).toList();
	}
}
