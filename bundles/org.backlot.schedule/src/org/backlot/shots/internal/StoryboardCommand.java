// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.Shot;
import org.backlot.shots.api.Shots;
import org.backlot.shots.api.StoryboardPdf;
import org.eclipse.osgi.util.NLS;

/** {@code backlot cli storyboard FILE --out PATH [--scene N] [--paper a4|letter]}: the storyboard as a PDF. */
public class StoryboardCommand implements CliCommand {
	private static final String OUT = "--out"; //$NON-NLS-1$
	private static final String SCENE = "--scene"; //$NON-NLS-1$

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(OUT, SCENE, CliArgs.PAPER), Set.of());
		String file = args.single(Messages.argProduction);
		String out = args.option(OUT, null);
		if (out == null || out.isBlank()) {
			throw new CliException(Messages.missingOut);
		}
		Production p = Productions.load(file);
		List<Shot> shots = new ArrayList<>();
		for (Scene s : Productions.scenes(p, args.option(SCENE, null))) {
			shots.addAll(Shots.of(p, s));
		}
		Path target = Path.of(out);
		try {
			StoryboardPdf.write(p, shots, Path.of(file), target, args.letterPaper());
		} catch (IOException | RuntimeException e) {
			throw new CliException(NLS.bind(Messages.cannotWrite, target, e.getMessage()), CliException.BAD_INPUT);
		}
		context.out().println(NLS.bind(Messages.written, target, shots.size()));
		return 0;
	}
}
