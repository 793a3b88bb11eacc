// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import java.util.Collection;
import java.util.List;

import org.backlot.core.api.Ids;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.lighting.LightingPlan;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionPackage;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** The EMF commands of the lighting views: one labelled command per gesture, for the production's command stack. */
public final class LightingCommands {
	/** Height of a new lamp on a stand, metres. */
	public static final double STAND_HEIGHT = 3;
	/** Height of a new practical, metres. */
	public static final double PRACTICAL_HEIGHT = 1.2;
	/** Eye height new lamps are aimed at, metres. */
	public static final double EYE_HEIGHT = 1.62;

	private LightingCommands() {
	}

	/**
	 * Creates a lighting set-up for a camera set-up: on the set of the camera's
	 * plan (a bare set of the plan's size is made when the plan has none), with
	 * the production's lighting plan when it has none yet. One command.
	 */
	public static Command createSetup(EditingDomain domain, Production p, CameraSetup camera) {
		LightingFactory f = LightingFactory.eINSTANCE;
		LightingSetup s = f.createLightingSetup();
		s.setId(Ids.newId());
		s.setName(camera.getName());
		s.setCameraSetup(camera);
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.cmdCreateSetup, s.getName()));
		LightingPlan plan = p.getLighting();
		boolean newPlan = plan == null;
		if (newPlan) {
			plan = f.createLightingPlan();
		}
		SetPlan setPlan = camera.getSetPlan();
		SetGeometry set = setPlan == null ? null : setPlan.getGeometry();
		if (set == null) {
			set = f.createSetGeometry();
			set.setId(Ids.newId());
			set.setName(setPlan != null ? setPlan.getName() : camera.getName());
			set.setWidthM(setPlan != null && setPlan.getWidthM() > 0 ? setPlan.getWidthM() : Setups.DEFAULT_FLOOR);
			set.setDepthM(setPlan != null && setPlan.getDepthM() > 0 ? setPlan.getDepthM() : Setups.DEFAULT_FLOOR);
			set.setHeightM(5);
			if (newPlan) {
				plan.getSets().add(set);
			} else {
				c.append(AddCommand.create(domain, plan, LightingPackage.Literals.LIGHTING_PLAN__SETS, set));
			}
			if (setPlan != null) {
				c.append(SetCommand.create(domain, setPlan, ShotsPackage.Literals.SET_PLAN__GEOMETRY, set));
			}
		}
		s.setSet(set);
		if (!plan.getLooks().isEmpty()) {
			s.setLook(plan.getLooks().get(0));
		}
		if (newPlan) {
			plan.getSetups().add(s);
			c.append(SetCommand.create(domain, p, ProductionPackage.Literals.PRODUCTION__LIGHTING, plan));
		} else {
			c.append(AddCommand.create(domain, plan, LightingPackage.Literals.LIGHTING_PLAN__SETUPS, s));
		}
		return c;
	}

	/** A new lamp of the type at (x, y): on a stand (a practical lower), aimed at the nearest actor's eyes. */
	public static Fixture newFixture(LightingSetup setup, FixtureType type, double x, double y) {
		Fixture lamp = LightingFactory.eINSTANCE.createFixture();
		lamp.setType(type);
		place(lamp, setup, x, y);
		return lamp;
	}

	/** Readies a lamp (with its type, not yet in the model) for the set-up at (x, y): named, on a stand, aimed at the nearest actor's eyes. */
	public static void place(Fixture lamp, LightingSetup setup, double x, double y) {
		FixtureType type = lamp.getType();
		if (lamp.getId() == null) {
			lamp.setId(Ids.newId());
		}
		lamp.setName(NLS.bind(Messages.newLampName, type.getName(), Setups.used(setup, type) + 1));
		lamp.setX(x);
		lamp.setY(y);
		lamp.setZ(type.getKind() == FixtureKind.PRACTICAL ? PRACTICAL_HEIGHT : STAND_HEIGHT);
		lamp.setDimmer(1);
		ActorMark near = null;
		for (ActorMark m : Setups.marks(setup)) {
			if (near == null || Math.hypot(m.getX() - x, m.getY() - y) < Math.hypot(near.getX() - x, near.getY() - y)) {
				near = m;
			}
		}
		double tx = near != null ? near.getX() : Setups.floor(setup)[0] / 2;
		double ty = near != null ? near.getY() : Setups.floor(setup)[1] / 2;
		double d = Math.hypot(tx - x, ty - y);
		lamp.setPan(d < 1e-6 ? 90 : Math.round(normalise(Math.toDegrees(Math.atan2(ty - y, tx - x)))));
		lamp.setTilt(Math.round(Math.toDegrees(Math.atan2(EYE_HEIGHT - lamp.getZ(), Math.max(d, 0.5)))));
	}

	/** Adds a lamp to the set-up. */
	public static Command addFixture(EditingDomain domain, LightingSetup setup, Fixture lamp) {
		return labelled(NLS.bind(Messages.cmdAddLamp, lamp.getName()),
				AddCommand.create(domain, setup, LightingPackage.Literals.LIGHTING_SETUP__FIXTURES, lamp));
	}

	/** Moves a lamp to (x, y) metres on the floor. */
	public static Command move(EditingDomain domain, Fixture lamp, double x, double y) {
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.cmdMove, lamp.getName()));
		c.append(SetCommand.create(domain, lamp, LightingPackage.Literals.FIXTURE__X, x));
		c.append(SetCommand.create(domain, lamp, LightingPackage.Literals.FIXTURE__Y, y));
		return c;
	}

	/** Pans a lamp to an angle (degrees counter-clockwise from +x, normalised to 0..360). */
	public static Command pan(EditingDomain domain, Fixture lamp, double degrees) {
		double pan = normalise(degrees);
		return labelled(NLS.bind(Messages.cmdPan, lamp.getName(), Math.round(pan)),
				SetCommand.create(domain, lamp, LightingPackage.Literals.FIXTURE__PAN, pan));
	}

	/** Tilts a lamp (degrees, negative down; kept within -90..90). */
	public static Command tilt(EditingDomain domain, Fixture lamp, double degrees) {
		double tilt = Math.max(-90, Math.min(90, degrees));
		return labelled(NLS.bind(Messages.cmdTilt, lamp.getName(), Math.round(tilt)),
				SetCommand.create(domain, lamp, LightingPackage.Literals.FIXTURE__TILT, tilt));
	}

	/** Sets a lamp's dimmer (0..1). */
	public static Command dimmer(EditingDomain domain, Fixture lamp, double level) {
		double d = Math.max(0, Math.min(1, Math.round(level * 100) / 100.0));
		return labelled(NLS.bind(Messages.cmdDim, lamp.getName(), Math.round(d * 100)),
				SetCommand.create(domain, lamp, LightingPackage.Literals.FIXTURE__DIMMER, d));
	}

	/** Sets one feature of a lamp, labelled "Set Gel of 'Key'". */
	public static Command set(EditingDomain domain, Fixture lamp, EStructuralFeature feature, Object value, String featureLabel) {
		return labelled(NLS.bind(Messages.cmdSet, featureLabel, lamp.getName()), SetCommand.create(domain, lamp, feature, value));
	}

	/** Deletes lamps from their set-up. */
	public static Command delete(EditingDomain domain, Collection<Fixture> lamps) {
		List<Fixture> list = List.copyOf(lamps);
		String label = list.size() == 1 ? NLS.bind(Messages.cmdDelete, list.get(0).getName()) : NLS.bind(Messages.cmdDeleteMany, list.size());
		CompoundCommand c = new CompoundCommand(label);
		for (Fixture f : list) {
			c.append(RemoveCommand.create(domain, f.eContainer(), LightingPackage.Literals.LIGHTING_SETUP__FIXTURES, f));
		}
		return c;
	}

	/** An angle in 0..360. */
	public static double normalise(double degrees) {
		return ((degrees % 360) + 360) % 360;
	}

	/** Wraps a command under a label. */
	public static Command labelled(String label, Command command) {
		CompoundCommand c = new CompoundCommand(label);
		c.append(command);
		return c;
	}
}
