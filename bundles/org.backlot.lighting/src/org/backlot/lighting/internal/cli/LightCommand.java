// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.ActorReading;
import org.backlot.lighting.api.AdvisorRequest;
import org.backlot.lighting.api.Assistant;
import org.backlot.lighting.api.GearLine;
import org.backlot.lighting.api.GearList;
import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.api.Quality;
import org.backlot.lighting.api.Readouts;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.production.Production;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

/**
 * {@code light FILE [--setup ID|NAME] [--quality Q] [--render PNG [--width W] [--height H]] [--look NAME [--stop T] [--subject ACTOR] [--apply]] [--json]}:
 * without --setup lists the lighting set-ups; with it prints each actor's meter readings, the gear list with
 * power and stock shortfall, and the scene's problems. --render writes a preview picture; --look runs the look
 * assistant and prints its proposals, and --apply puts the best into the file as one command and saves it.
 */
public class LightCommand implements CliCommand {
	static final String SETUP = "--setup", QUALITY = "--quality", RENDER = "--render", WIDTH = "--width", HEIGHT = "--height", LOOK = "--look", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			STOP = "--stop", SUBJECT = "--subject", APPLY = "--apply", JSON = "--json"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(SETUP, QUALITY, RENDER, WIDTH, HEIGHT, LOOK, STOP, SUBJECT), Set.of(APPLY, JSON));
		String file = args.single(Messages.argFile);
		boolean json = context.json() || args.has(JSON);
		Quality quality = quality(args.option(QUALITY, "hard")); //$NON-NLS-1$
		Double stop = args.has(STOP) ? stop(args.option(STOP, null)) : null;
		int width = size(args, WIDTH, 960);
		int height = size(args, HEIGHT, 540);
		String render = args.option(RENDER, null);
		if (render != null && !render.toLowerCase(Locale.ROOT).endsWith(".png")) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.notPng, RENDER, render));
		}
		Production p = CliFiles.production(file);
		Path baseDir = Path.of(file).toAbsolutePath().getParent();
		List<LightingSetup> setups = p.getLighting() == null ? List.of() : p.getLighting().getSetups();
		boolean wantsSetup = args.has(SETUP) || args.has(LOOK) || render != null || args.has(APPLY);
		if (!wantsSetup) {
			if (json) {
				context.printJson(new LightJson.SetupsJson(file, setups.stream().map(LightJson.SetupJson::of).toList()));
			} else {
				LightText.list(context.out(), file, setups);
			}
			return 0;
		}
		LightingSetup setup = setup(file, setups, args.option(SETUP, null));
		LightJson.LookJson lookRun = null;
		boolean saved = false;
		int code = 0;
		if (args.has(LOOK)) {
			LookTarget look = look(p, args.option(LOOK, null));
			if (stop != null) {
				look = look.atStop(stop);
			}
			AdvisorRequest request = Assistant.request(setup, null, look, baseDir);
			if (args.has(SUBJECT)) {
				request = new AdvisorRequest(request.scene(), request.look(), subject(request, args.option(SUBJECT, null)), request.stock());
			}
			if (request.subject() == null) {
				throw new CliException(Messages.noSubject, CliException.BAD_INPUT);
			}
			List<Proposal> proposals = Assistant.propose(request, null);
			List<String> problems = Assistant.takeProblems();
			if (args.has(APPLY) && !proposals.isEmpty()) {
				apply(p, setup, proposals.get(0), request.look());
				saved = true;
			}
			lookRun = LightJson.LookJson.of(request.look(), request.subject().name(), proposals, problems, saved);
			if (!json) {
				LightText.proposals(context.out(), lookRun, proposals);
				if (saved) {
					context.out().println(NLS.bind(Messages.applied, setup.getName(), file));
				}
			}
			if (proposals.isEmpty()) {
				code = 1;
			}
		}
		LightScene scene = LightScene.of(setup, baseDir);
		List<ActorReading> readings = Readouts.of(new Illuminance(scene, quality));
		List<GearLine> gear = GearList.of(setup, p.getStudio());
		String rendered = null;
		if (render != null) {
			Path png = Path.of(render);
			Previews.write(scene, width, height, png);
			rendered = png.toString();
		}
		List<GearLine> missing = gear.stream().filter(g -> g.shortfall() > 0).toList();
		if (json) {
			context.printJson(new LightJson(file, setup.getName(), setup.getId(), scene.iso(), scene.shutterSeconds(), scene.shootingStop(),
					setup.getLook() == null ? null : setup.getLook().getName(), name(quality),
					readings.stream().map(LightJson.ActorJson::of).toList(), gear.stream().map(LightJson.GearJson::of).toList(), GearList.totalWatts(gear),
					missing.stream().map(LightJson.GearJson::of).toList(), scene.problems(), lookRun, rendered, saved));
		} else {
			LightText.setup(context.out(), setup, scene, quality, readings, gear);
			if (rendered != null) {
				context.out().println(NLS.bind(Messages.rendered, new Object[] { width, height, rendered }));
			}
		}
		return code;
	}

	private static void apply(Production p, LightingSetup setup, Proposal best, LookTarget look) throws CliException {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack(), p.eResource().getResourceSet());
		Command c = Assistant.apply(domain, setup, best, look);
		if (!c.canExecute()) {
			throw new CliException(NLS.bind(Messages.cannotApply, setup.getName()), CliException.BAD_INPUT);
		}
		domain.getCommandStack().execute(c);
		CliFiles.save(p.eResource());
	}

	/** The set-up named by id or name (case-insensitive), or the only one; else a usage error listing them. */
	static LightingSetup setup(String file, List<LightingSetup> setups, String wanted) throws CliException {
		if (setups.isEmpty()) {
			throw new CliException(NLS.bind(Messages.noSetups, file), CliException.BAD_INPUT);
		}
		String names = setups.stream().map(s -> '"' + s.getName() + '"').collect(Collectors.joining(", ")); //$NON-NLS-1$
		if (wanted == null) {
			if (setups.size() == 1) {
				return setups.get(0);
			}
			throw new CliException(NLS.bind(Messages.needSetup, file, names));
		}
		for (LightingSetup s : setups) {
			if (wanted.equals(s.getId()) || s.getName() != null && s.getName().equalsIgnoreCase(wanted.trim())) {
				return s;
			}
		}
		throw new CliException(NLS.bind(Messages.unknownSetup, wanted, names));
	}

	/** The actor on a mark named (or with the id) given, case-insensitive; a name's beginning will do when it is unambiguous. */
	static Actor subject(AdvisorRequest request, String wanted) throws CliException {
		List<Actor> actors = request.scene().actors();
		String w = wanted.trim().toLowerCase(Locale.ROOT);
		List<Actor> found = actors.stream().filter(a -> w.equals(a.id()) || a.name() != null && a.name().toLowerCase(Locale.ROOT).equals(w)).toList();
		if (found.isEmpty()) {
			found = actors.stream().filter(a -> a.name() != null && a.name().toLowerCase(Locale.ROOT).startsWith(w)).toList();
		}
		if (found.size() == 1) {
			return found.get(0);
		}
		throw new CliException(NLS.bind(Messages.unknownSubject, wanted,
				actors.stream().map(a -> '"' + a.name() + '"').collect(Collectors.joining(", ")))); //$NON-NLS-1$
	}

	/** A preset look by id or name (either language), else a look of the production by name. */
	static LookTarget look(Production p, String name) throws CliException {
		Optional<LookTarget> preset = Looks.find(name);
		if (preset.isPresent()) {
			return preset.get();
		}
		List<String> known = new ArrayList<>(Looks.ids());
		if (p.getLighting() != null) {
			for (Look l : p.getLighting().getLooks()) {
				if (l.getName() != null && l.getName().trim().equalsIgnoreCase(name.trim())) {
					return Looks.of(l);
				}
				known.add('"' + l.getName() + '"');
			}
		}
		throw new CliException(NLS.bind(Messages.unknownLook, name, String.join(", ", known))); //$NON-NLS-1$
	}

	static Quality quality(String v) throws CliException {
		return switch (v.toLowerCase(Locale.ROOT)) {
		case "none" -> Quality.NO_SHADOWS; //$NON-NLS-1$
		case "hard" -> Quality.HARD_SHADOWS; //$NON-NLS-1$
		case "soft" -> Quality.SOFT_SHADOWS; //$NON-NLS-1$
		case "bounce" -> Quality.BOUNCE; //$NON-NLS-1$
		default -> throw new CliException(NLS.bind(Messages.badQuality, QUALITY, v));
		};
	}

	/** The --quality value of a quality. */
	static String name(Quality q) {
		return switch (q) {
		case NO_SHADOWS -> "none"; //$NON-NLS-1$
		case HARD_SHADOWS -> "hard"; //$NON-NLS-1$
		case SOFT_SHADOWS -> "soft"; //$NON-NLS-1$
		default -> "bounce"; //$NON-NLS-1$
		};
	}

	static double stop(String v) throws CliException {
		try {
			double t = Double.parseDouble(v.startsWith("T") || v.startsWith("t") ? v.substring(1) : v); //$NON-NLS-1$ //$NON-NLS-2$
			if (t >= 0.7 && t <= 64) {
				return t;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new CliException(NLS.bind(Messages.badStop, STOP, v));
	}

	private static int size(CliArgs args, String option, int fallback) throws CliException {
		String v = args.option(option, null);
		if (v == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(v);
			if (n >= 16 && n <= 8192) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new CliException(NLS.bind(Messages.badSize, option, v));
	}
}
