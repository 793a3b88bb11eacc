// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.backlot.lighting.api.Actor;
import org.backlot.lighting.api.Advisor;
import org.backlot.lighting.api.AdvisorRequest;
import org.backlot.lighting.api.Illuminance;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Looks;
import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.api.Quality;
import org.backlot.lighting.api.TargetResult;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Backlot's own look advisor: lays out key, fill, back and background lamps at the look's angles from the
 * camera axis (see {@link RigBuilder}), picks types from the free stock and gels them towards the look's colour,
 * solves their levels for exposure, ratio and separation, refines positions against the shadows of the set
 * ({@link Refiner}), and checks the result as it will be saved ({@link Verifier}). It proposes the best set-up
 * and up to two alternatives with another kind of key.
 */
public final class PhotometricAdvisor implements Advisor {
	/** The advisor's id in the extension point. */
	public static final String ID = "org.backlot.lighting.photometric"; //$NON-NLS-1$
	private static final int CANDIDATES = 3;
	private static final int BUDGET = 600;

	@Override
	public List<Proposal> propose(AdvisorRequest request, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, CANDIDATES + 1);
		LightScene scene = request.scene();
		Actor subject = request.subject() != null ? request.subject() : scene.actors().isEmpty() ? null : scene.actors().get(0);
		if (subject == null) {
			return List.of();
		}
		LookTarget look = request.look();
		if (look.tStop() <= 0 || look.kelvin() <= 0 && Looks.LED_VOLUME.equals(look.id())) {
			look = Looks.ledVolume(scene, look);
		}
		Path baseDir = scene.baseDir();
		SubjectFrame frame = new SubjectFrame(scene, subject);
		Rig.Baseline base = Rig.Baseline.of(new Illuminance(scene, Quality.HARD_SHADOWS), frame);
		Kit kit = new Kit(request.stock(), baseDir);
		RigBuilder builder = new RigBuilder(frame, look, base, kit);
		builder.measureNeeds();
		List<Rig> rigs = builder.candidates(CANDIDATES);
		sub.worked(1);
		List<Proposal> out = new ArrayList<>();
		if (rigs.isEmpty()) {
			List<TargetResult> bare = Looks.measure(look, new Illuminance(scene, Quality.HARD_SHADOWS), subject);
			List<String> words = new ArrayList<>();
			words.add(NLS.bind(Messages.noStock, look.name()));
			bare.forEach(r -> words.add(Explainer.line(r)));
			return List.of(new Proposal(ID, NLS.bind(Messages.noLamps, look.name()), words, List.of(), bare, Verifier.score(bare) + 1000));
		}
		for (int c = 0; c < rigs.size(); c++) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			Rig rig = rigs.get(c);
			Refiner.refine(rig, BUDGET);
			Verifier.Result v = Colouring.match(rig, kit, Verifier.verify(rig, baseDir), baseDir);
			int key = rig.index(Lamp.KEY);
			String keyName = key >= 0 ? rig.lamps.get(key).type.getName() : ""; //$NON-NLS-1$
			out.add(new Proposal(ID, keyName, Explainer.explain(rig, v), v.fixtures(), v.results(), v.score()));
			sub.worked(1);
		}
		out.sort(Comparator.comparing((Proposal p) -> !p.meetsAll()).thenComparingDouble(Proposal::score));
		List<Proposal> titled = new ArrayList<>();
		for (Proposal p : out) {
			String title = NLS.bind(titled.isEmpty() ? Messages.title : Messages.titleAlternative, look.name(), p.title());
			titled.add(new Proposal(ID, title, p.explanation(), p.fixtures(), p.results(), p.score()));
		}
		return titled;
	}
}
