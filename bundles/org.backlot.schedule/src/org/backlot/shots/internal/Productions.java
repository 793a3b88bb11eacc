// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.internal;

import java.util.ArrayList;
import java.util.List;

import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.shots.api.Shots;
import org.eclipse.osgi.util.NLS;

/** Loads the production a shots command names and picks its scenes. */
final class Productions {
	private Productions() {
	}

	static Production load(String file) throws CliException {
		return CliFiles.production(file);
	}

	/** The scene with that number (null: every scene that has shots). */
	static List<Scene> scenes(Production p, String number) throws CliException {
		List<Scene> result = new ArrayList<>();
		if (p.getScript() != null) {
			for (Scene s : p.getScript().getScenes()) {
				if (number == null ? !Shots.of(p, s).isEmpty() : number.equalsIgnoreCase(s.getNumber())) {
					result.add(s);
				}
			}
		}
		if (number != null && result.isEmpty()) {
			throw new CliException(NLS.bind(Messages.unknownScene, number), CliException.BAD_INPUT);
		}
		return result.size() > 1 && number != null ? result.subList(0, 1) : result;
	}
}
