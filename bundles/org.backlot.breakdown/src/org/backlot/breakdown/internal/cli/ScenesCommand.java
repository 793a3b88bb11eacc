// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (p.getScript() != null) {
			for (Scene s : p.getScript().getScenes()) {
				if (s.isOmitted()) {
					continue;
				}
				SceneFacts f = SceneFacts.of(s, p.getBreakdown());
				scenes.add(f);
				f.characters().forEach(c -> counts.merge(c, 1, Integer::sum));
			}
		}
		List<CharacterCount> characters = new ArrayList<>();
		counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
				.forEach(e -> characters.add(new CharacterCount(e.getKey(), e.getValue())));
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
