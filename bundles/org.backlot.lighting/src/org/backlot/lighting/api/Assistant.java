// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.backlot.core.api.Contributions;
import org.backlot.lighting.internal.FixtureSources;
import org.backlot.lighting.internal.assistant.ApplyLook;
import org.backlot.lighting.internal.assistant.Messages;
import org.backlot.lighting.internal.assistant.PhotometricAdvisor;
import org.backlot.lighting.internal.assistant.Subjects;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.backlot.model.studio.FixtureStock;
import org.backlot.model.studio.Studio;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The look assistant: asks every advisor contributed to {@value Advisor#EXTENSION_POINT} for set-ups that give a
 * look, merges their proposals best first, and applies one to a set-up as a single undoable command. An advisor
 * that cannot be loaded or throws is logged, reported once (see {@link #takeProblems()}) and skipped from then on.
 */
public final class Assistant {
	private static final String ADVISOR = "advisor", ID = "id", CLASS = "class"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> BROKEN = ConcurrentHashMap.newKeySet();
	private static final List<String> PROBLEMS = new ArrayList<>();
	private static final Map<Proposal, LookTarget> LOOKS = Collections.synchronizedMap(new WeakHashMap<>());

	/** Proposals of every advisor, best first, and what went wrong with any advisor (each said once). */
	public record Outcome(List<Proposal> proposals, List<String> problems) {
	}

	/** An advisor with the contribution it came from (null when given directly). */
	private record Contributed(String id, Advisor advisor, IConfigurationElement element) {
	}

	private Assistant() {
	}

	/** The contributed advisors that load (outside OSGi, where there is no registry: Backlot's own). */
	public static List<Advisor> advisors() {
		return contributed().stream().map(Contributed::advisor).toList();
	}

	private static List<Contributed> contributed() {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		List<Contributed> out = new ArrayList<>();
		if (registry == null) {
			out.add(new Contributed(PhotometricAdvisor.ID, new PhotometricAdvisor(), null));
			return out;
		}
		for (IConfigurationElement e : registry.getConfigurationElementsFor(Advisor.EXTENSION_POINT)) {
			String id = e.getAttribute(ID);
			if (!ADVISOR.equals(e.getName()) || BROKEN.contains(key(e, id))) {
				continue;
			}
			Contributions.create(e, CLASS, Advisor.class).ifPresentOrElse(a -> out.add(new Contributed(id, a, e)), () -> broken(e, id, null, Messages.advisorNotLoaded));
		}
		return out;
	}

	/**
	 * Reads what the advisors need from the model, on the caller's thread: the scene with the lamps that stay
	 * (practicals and the LED wall; the rest is what the advisors replace) exposed for the look's stop, the
	 * subject (the actor the camera sees best), and the studio's stock of each fixture type. A look with a stop or
	 * colour of 0 takes them from the LED wall ({@link Looks#ledVolume(LightScene, LookTarget)}).
	 *
	 * @param studio  the studio whose stock may be used; null for the production's
	 * @param baseDir the folder files named in the set-up are read from, or null
	 */
	public static AdvisorRequest request(LightingSetup setup, Studio studio, LookTarget look, Path baseDir) {
		LightScene compiled = LightScene.of(setup, baseDir);
		List<Source> kept = new ArrayList<>(compiled.sources().stream().filter(s -> s.ledWall).toList());
		for (Fixture f : setup.getFixtures()) {
			if (!f.isOff() && ApplyLook.stays(f)) {
				kept.add(FixtureSources.of(f, baseDir, p -> {
					// reported in the compiled scene's problems
				}));
			}
		}
		LookTarget resolved = look.tStop() <= 0 || look.kelvin() <= 0 && Looks.LED_VOLUME.equals(look.id()) ? Looks.ledVolume(compiled, look) : look;
		LightScene scene = compiled.withSources(kept).withShootingStop(resolved.tStop());
		Studio s = studio;
		if (s == null && EcoreUtil.getRootContainer(setup) instanceof Production p) {
			s = p.getStudio();
		}
		Map<FixtureType, Integer> stock = new LinkedHashMap<>();
		if (s != null) {
			for (FixtureStock line : s.getFixtureStock()) {
				if (line.getType() != null) {
					stock.merge(line.getType(), Math.max(0, line.getQuantity()), Integer::sum);
				}
			}
		}
		List<Vec3[]> aims = setup.getFixtures().stream().filter(f -> !f.isOff() && !ApplyLook.stays(f))
				.map(f -> new Vec3[] { new Vec3(f.getX(), f.getY(), f.getZ()), Vec3.ofAngles(f.getPan(), f.getTilt()) }).toList();
		return new AdvisorRequest(scene, resolved, Subjects.of(scene, aims), Collections.unmodifiableMap(stock));
	}

	/** Runs every contributed advisor; see {@link #propose(List, AdvisorRequest, IProgressMonitor)}. */
	public static List<Proposal> propose(AdvisorRequest request, IProgressMonitor monitor) {
		return run(contributed(), request, monitor).proposals();
	}

	/** Runs the given advisors and merges their proposals: those meeting every target first, then by score. */
	public static Outcome propose(List<Advisor> advisors, AdvisorRequest request, IProgressMonitor monitor) {
		List<Contributed> given = new ArrayList<>();
		for (Advisor a : advisors) {
			given.add(new Contributed(a.getClass().getName(), a, null));
		}
		return run(given, request, monitor);
	}

	private static Outcome run(List<Contributed> advisors, AdvisorRequest request, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Math.max(1, advisors.size()));
		List<Proposal> all = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Contributed c : advisors) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				List<Proposal> got = c.advisor().propose(request, sub.split(1));
				for (Proposal p : got == null ? List.<Proposal>of() : got) {
					if (p != null) {
						all.add(p.advisorId() == null || p.advisorId().isBlank()
								? new Proposal(c.id(), p.title(), p.explanation(), p.fixtures(), p.results(), p.score()) : p);
					}
				}
			} catch (OperationCanceledException e) {
				throw e;
			} catch (Exception | LinkageError e) {
				problems.add(broken(c.element(), c.id(), e, Messages.advisorFailed));
			}
		}
		all.sort(Comparator.comparing((Proposal p) -> !p.meetsAll()).thenComparingDouble(Proposal::score));
		for (Proposal p : all) {
			LOOKS.put(p, request.look());
		}
		return new Outcome(List.copyOf(all), problems);
	}

	private static String broken(IConfigurationElement element, String id, Throwable e, String text) {
		String reason = e == null ? "" : e.toString(); //$NON-NLS-1$
		String message = NLS.bind(text, id, reason);
		if (element != null) {
			BROKEN.add(key(element, id));
			if (e != null) {
				Contributions.reportBroken(element, reason, e);
			}
		}
		synchronized (PROBLEMS) {
			if (!PROBLEMS.contains(message)) {
				PROBLEMS.add(message);
			}
		}
		return message;
	}

	private static String key(IConfigurationElement e, String id) {
		return e.getContributor().getName() + '/' + id;
	}

	/** Takes what went wrong with advisors since the last call, so that the UI shows each problem once. */
	public static List<String> takeProblems() {
		synchronized (PROBLEMS) {
			List<String> copy = List.copyOf(PROBLEMS);
			PROBLEMS.clear();
			return copy;
		}
	}

	/** Whether a lamp stays when a proposal is applied: motivated practicals and LED-volume fixtures. */
	public static boolean stays(Fixture f) {
		return ApplyLook.stays(f);
	}

	/** The new lamps applying a proposal adds, named by their role (to preview it on a copy of the set-up). */
	public static List<Fixture> lamps(Proposal p) {
		return ApplyLook.lamps(p);
	}

	/** The look a proposal was made for (when it came from {@link #propose}), else null. */
	public static LookTarget lookOf(Proposal p) {
		return LOOKS.get(p);
	}

	/** One command that replaces the set-up's lamps with the proposal's and sets its look; see {@link #apply(EditingDomain, LightingSetup, Proposal, LookTarget)}. */
	public static Command apply(EditingDomain domain, LightingSetup setup, Proposal p) {
		return ApplyLook.command(domain, setup, p, lookOf(p));
	}

	/**
	 * One compound command, not yet executed, that removes the set-up's lamps except motivated practicals (and
	 * LED-volume fixtures), adds the proposal's as new fixtures named by role, and sets the set-up's look (an
	 * equal look of the production, or a new one added to it). Execute it on the domain's command stack: one undo
	 * restores the set-up exactly.
	 */
	public static Command apply(EditingDomain domain, LightingSetup setup, Proposal p, LookTarget look) {
		return ApplyLook.command(domain, setup, p, look);
	}
}
