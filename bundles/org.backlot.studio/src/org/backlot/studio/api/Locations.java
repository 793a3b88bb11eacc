// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.PanoramaPin;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioPackage;
import org.backlot.schedule.api.Boards;
import org.backlot.studio.internal.places.Messages;
import org.backlot.studio.internal.places.StudioFiles;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The base's locations library: finding a location, the productions' use of
 * locations, its survey panoramas (files relative to the studio file) and
 * the notes pinned in them, edited by commands.
 */
public final class Locations {
	private static final StudioPackage P = StudioPackage.eINSTANCE;

	private Locations() {
	}

	/** The location with that id, or null. */
	public static Location byId(Studio s, String id) {
		return s.getLocations().stream().filter(l -> Objects.equals(l.getId(), id)).findFirst().orElse(null);
	}

	/** The location with that English or Chinese name (case and surrounding space ignored), or null. */
	public static Location byName(Studio s, String name) {
		String n = name.strip();
		return s.getLocations().stream().filter(l -> n.equalsIgnoreCase(strip(l.getName())) || n.equals(strip(l.getNameZh()))).findFirst()
				.orElse(null);
	}

	/** Locations whose names, address, parking, base camp or owner contain every word of the query (any case), in the studio's order. */
	public static List<Location> search(Studio s, String query) {
		String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+"); //$NON-NLS-1$
		return s.getLocations().stream().filter(l -> {
			String text = String.join(" ", strip(l.getName()), strip(l.getNameZh()), strip(l.getAddress()), strip(l.getParking()), //$NON-NLS-1$
					strip(l.getBaseCamp()), strip(l.getOwner())).toLowerCase(Locale.ROOT);
			for (String w : words) {
				if (!text.contains(w)) {
					return false;
				}
			}
			return true;
		}).toList();
	}

	/** The locations a production shoots at: its scenes' and its active board's days', in script order then board order. */
	public static List<Location> usedBy(Production p) {
		Set<Location> out = new LinkedHashSet<>();
		if (p.getScript() != null) {
			for (Scene s : p.getScript().getScenes()) {
				if (s.getLocation() != null && !s.isOmitted()) {
					out.add(s.getLocation());
				}
			}
		}
		if (Boards.active(p) != null) {
			for (ShootDay d : Boards.days(Boards.active(p))) {
				if (d.getLocation() != null) {
					out.add(d.getLocation());
				}
			}
		}
		return List.copyOf(out);
	}

	/** The panorama's file: relative paths are resolved against the folder of the studio file; null when that is unknown. */
	public static Path panoramaFile(Location l, String panorama) {
		return StudioFiles.resolve(l, panorama);
	}

	/** The notes pinned in one of the location's panoramas. */
	public static List<PanoramaPin> pins(Location l, String panorama) {
		return l.getPins().stream().filter(p -> Objects.equals(p.getPanorama(), panorama)).toList();
	}

	/** Pins a note at a direction of a panorama (yaw wrapped to [-180, 180), pitch clamped to ±90). */
	public static Command pin(EditingDomain d, Location l, String panorama, double yaw, double pitch, String text) {
		PanoramaPin pin = StudioFactory.eINSTANCE.createPanoramaPin();
		pin.setPanorama(panorama);
		pin.setYaw(Panoramas.wrap(yaw));
		pin.setPitch(clampPitch(pitch));
		pin.setText(text);
		AddCommand add = new AddCommand(d, l, P.getLocation_Pins(), pin);
		add.setLabel(NLS.bind(Messages.pinLabel, text));
		return add;
	}

	/** Removes a pinned note. */
	public static Command unpin(EditingDomain d, PanoramaPin pin) {
		if (!(pin.eContainer() instanceof Location l)) {
			return UnexecutableCommand.INSTANCE;
		}
		RemoveCommand remove = new RemoveCommand(d, l, P.getLocation_Pins(), pin);
		remove.setLabel(NLS.bind(Messages.unpinLabel, pin.getText()));
		return remove;
	}

	/** Moves a pinned note to another direction (one undoable step, e.g. at the end of a drag). */
	public static Command move(EditingDomain d, PanoramaPin pin, double yaw, double pitch) {
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.movePinLabel, pin.getText()));
		c.append(new SetCommand(d, pin, P.getPanoramaPin_Yaw(), Panoramas.wrap(yaw)));
		c.append(new SetCommand(d, pin, P.getPanoramaPin_Pitch(), clampPitch(pitch)));
		return c;
	}

	/** Changes a pinned note's text. */
	public static Command edit(EditingDomain d, PanoramaPin pin, String text) {
		SetCommand set = new SetCommand(d, pin, P.getPanoramaPin_Text(), text);
		set.setLabel(NLS.bind(Messages.editPinLabel, text));
		return set;
	}

	private static double clampPitch(double pitch) {
		return Math.max(-90, Math.min(90, pitch));
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip(); //$NON-NLS-1$
	}
}
