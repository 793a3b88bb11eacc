// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.Shot;
import org.backlot.model.studio.FixtureStock;
import org.backlot.model.studio.Studio;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Lookups behind the lighting views: a production's set-ups, what a selection stands for, the studio's stock, the files. */
public final class Setups {
	/** Floor size used when a set-up has neither a set nor a plan, metres. */
	public static final double DEFAULT_FLOOR = 10;

	private Setups() {
	}

	/** The production's lighting set-ups, in order. */
	public static List<LightingSetup> of(Production p) {
		return p == null || p.getLighting() == null ? List.of() : List.copyOf(p.getLighting().getSetups());
	}

	/** Whether the set-up belongs to the production (it may have been deleted, or be another production's). */
	public static boolean belongs(LightingSetup s, Production p) {
		return s != null && p != null && EcoreUtil.isAncestor(p, s);
	}

	/** The set-up a selected object stands for (a set-up, one of its lamps, its camera set-up, a shot from it), or null. */
	public static LightingSetup forSelection(Production p, Object selected) {
		Object o = selected instanceof EObject ? selected : selected == null ? null : Adapters.adapt(selected, EObject.class);
		LightingSetup found = null;
		if (o instanceof LightingSetup s) {
			found = s;
		} else if (o instanceof Fixture f && f.eContainer() instanceof LightingSetup s) {
			found = s;
		} else if (o instanceof CameraSetup c) {
			found = forCamera(p, c);
		} else if (o instanceof Shot shot && shot.getSetup() != null) {
			found = forCamera(p, shot.getSetup());
		}
		return belongs(found, p) ? found : null;
	}

	/** Whether a selected object belongs to the set-up (one of its lamps, its camera, a shot from its camera, a mark on its plan). */
	public static boolean covers(LightingSetup s, Object selected) {
		if (s == null) {
			return false;
		}
		if (selected == s || selected instanceof Fixture f && f.eContainer() == s) {
			return true;
		}
		CameraSetup c = s.getCameraSetup();
		return c != null && (selected == c || selected instanceof Shot shot && shot.getSetup() == c
				|| selected instanceof ActorMark m && c.getSetPlan() != null && m.eContainer() == c.getSetPlan());
	}

	/** The first lighting set-up of a camera set-up, or null. */
	public static LightingSetup forCamera(Production p, CameraSetup c) {
		for (LightingSetup s : of(p)) {
			if (s.getCameraSetup() == c) {
				return s;
			}
		}
		return null;
	}

	/** The studio the production draws on, or null. */
	public static Studio studio(Production p) {
		Studio s = p == null ? null : p.getStudio();
		return s == null || s.eIsProxy() ? null : s;
	}

	/** The production's file, or null when it has not been saved to a file. */
	public static Path file(Production p) {
		if (p == null || p.eResource() == null || p.eResource().getURI() == null) {
			return null;
		}
		URI uri = p.eResource().getURI();
		return uri.isFile() ? Path.of(uri.toFileString()) : null;
	}

	/** The folder that file names in the production are relative to, or null. */
	public static Path baseDir(Production p) {
		Path file = file(p);
		return file == null ? null : file.toAbsolutePath().getParent();
	}

	/** The shots taken from a camera set-up, in shot-list order. */
	public static List<Shot> shots(Production p, CameraSetup c) {
		List<Shot> out = new ArrayList<>();
		if (p != null && c != null && p.getShotList() != null) {
			for (Shot s : p.getShotList().getShots()) {
				if (s.getSetup() == c) {
					out.add(s);
				}
			}
		}
		return out;
	}

	/** How many lamps of the type the studio owns. */
	public static int inStock(Studio studio, FixtureType type) {
		int n = 0;
		if (studio != null) {
			for (FixtureStock s : studio.getFixtureStock()) {
				if (s.getType() == type) {
					n += s.getQuantity();
				}
			}
		}
		return n;
	}

	/** How many lamps of the type the set-up uses. */
	public static int used(LightingSetup setup, FixtureType type) {
		int n = 0;
		if (setup != null) {
			for (Fixture f : setup.getFixtures()) {
				if (f.getType() == type) {
					n++;
				}
			}
		}
		return n;
	}

	/** The floor of the set-up in metres: {width, depth}, from its set, else its camera's plan, else 10 x 10. */
	public static double[] floor(LightingSetup s) {
		if (s.getSet() != null && s.getSet().getWidthM() > 0 && s.getSet().getDepthM() > 0) {
			return new double[] { s.getSet().getWidthM(), s.getSet().getDepthM() };
		}
		CameraSetup c = s.getCameraSetup();
		if (c != null && c.getSetPlan() != null && c.getSetPlan().getWidthM() > 0 && c.getSetPlan().getDepthM() > 0) {
			return new double[] { c.getSetPlan().getWidthM(), c.getSetPlan().getDepthM() };
		}
		return new double[] { DEFAULT_FLOOR, DEFAULT_FLOOR };
	}

	/** The actors' marks on the set-up's camera plan. */
	public static List<ActorMark> marks(LightingSetup s) {
		CameraSetup c = s.getCameraSetup();
		return c == null || c.getSetPlan() == null ? List.of() : List.copyOf(c.getSetPlan().getMarks());
	}

	/** The name shown for a set-up. */
	public static String name(LightingSetup s) {
		return s.getName() != null && !s.getName().isBlank() ? s.getName() : s.getCameraSetup() != null ? s.getCameraSetup().getName() : "?"; //$NON-NLS-1$
	}
}
