// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.Shot;
import org.backlot.shots.api.ShotLabels;
import org.backlot.shots.api.Shots;
import org.eclipse.osgi.util.NLS;

/** {@code backlot cli shots FILE [--scene N] [--json]}: the shot list of a scene (or of every scene with shots). */
public class ShotsCommand implements CliCommand {
	private static final String SCENE = "--scene"; //$NON-NLS-1$
	private static final String JSON = "--json"; //$NON-NLS-1$

	/** The JSON document: the production's title and its scenes' shot lists. */
	record Document(String production, List<SceneShots> scenes) {
	}

	/** A scene's shots with its set-up count and total minutes. */
	record SceneShots(String scene, String heading, int setups, int totalMinutes, List<ShotRow> shots) {
	}

	/** One shot as the JSON lists it. */
	record ShotRow(String number, String size, String angle, String movement, double lensMm, String setup, Double setupX,
			Double setupY, Double setupPan, double fieldOfViewDeg, String description, int setupMinutes, int shootMinutes,
			int frames) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(SCENE), Set.of(JSON));
		Production p = Productions.load(args.single(Messages.argProduction));
		List<SceneShots> scenes = new ArrayList<>();
		for (Scene s : Productions.scenes(p, args.option(SCENE, null))) {
			scenes.add(of(p, s));
		}
		if (context.json() || args.has(JSON)) {
			context.printJson(new Document(p.getTitle(), scenes));
			return 0;
		}
		for (SceneShots s : scenes) {
			context.out().println(NLS.bind(Messages.sceneTotal, new Object[] { s.scene(), s.shots().size(), s.setups(), s.totalMinutes() })
					+ "  " + (s.heading() == null ? "" : s.heading())); //$NON-NLS-1$ //$NON-NLS-2$
			if (s.shots().isEmpty()) {
				context.out().println("  " + Messages.noShots); //$NON-NLS-1$
			}
			for (ShotRow r : s.shots()) {
				context.out().println(String.join("\t", "  " + r.number(), r.size(), r.angle(), r.movement(), //$NON-NLS-1$ //$NON-NLS-2$
						ShotLabels.lens(r.lensMm()), r.setup() == null ? "" : r.setup(), //$NON-NLS-1$
						r.setupMinutes() + "+" + r.shootMinutes(), r.description() == null ? "" : r.description())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return 0;
	}

	/** The scene's shots as JSON rows. */
	static SceneShots of(Production p, Scene scene) {
		List<ShotRow> rows = new ArrayList<>();
		for (Shot s : Shots.of(p, scene)) {
			CameraSetup c = s.getSetup();
			rows.add(new ShotRow(s.getNumber(), name(s.getSize()), name(s.getAngle()), name(s.getMovement()), s.getLensMm(),
					c == null ? null : c.getName(), c == null ? null : c.getX(), c == null ? null : c.getY(),
					c == null ? null : c.getPan(), Math.round(Shots.fieldOfView(s) * 10) / 10.0, s.getDescription(),
					s.getSetupMinutes(), s.getShootMinutes(), s.getFrames().size()));
		}
		return new SceneShots(scene.getNumber(), scene.getHeading(), Shots.setupCount(p, scene), Shots.minutes(p, scene), rows);
	}

	private static String name(org.eclipse.emf.common.util.Enumerator e) {
		return e == null ? null : e.getName();
	}
}
