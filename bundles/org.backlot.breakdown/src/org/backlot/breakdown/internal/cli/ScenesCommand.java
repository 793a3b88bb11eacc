// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.breakdown.api.BreakdownReports;
import org.backlot.breakdown.api.SceneFacts;
import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.core.api.Eighths;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;

/** {@code backlot cli scenes FILE [--json]}: the scene list with its breakdown facts. */
public class ScenesCommand implements CliCommand {

	/** The JSON document: scenes, then the speaking characters with their scene counts. */
	record Document(List<SceneFacts> scenes, List<CharacterCount> characters) {
	}

	/** A character and the number of scenes it speaks or is named in. */
	record CharacterCount(String name, int scenes) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(), Set.of());
		Production p = Productions.load(args.single(Messages.argProduction));
		List<SceneFacts> scenes = new ArrayList<>();
		if (p.getScript() != null) {
			for (Scene s : p.getScript().getScenes()) {
				if (!s.isOmitted()) {
					scenes.add(SceneFacts.of(s, p.getBreakdown()));
				}
			}
		}
		List<CharacterCount> characters = new ArrayList<>();
		BreakdownReports.characterScenes(p).forEach((name, count) -> characters.add(new CharacterCount(name, count)));
		if (context.json()) {
			context.printJson(new Document(scenes, characters));
			return 0;
		}
		for (SceneFacts f : scenes) {
			context.out().println(String.join("\t", f.number(), f.intExt(), f.location(), f.time(), //$NON-NLS-1$
					Eighths.format(f.eighths()), String.join(", ", f.characters()))); //$NON-NLS-1$
		}
		return 0;
	}
}
