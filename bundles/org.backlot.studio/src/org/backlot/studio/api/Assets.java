// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.backlot.core.api.Languages;
import org.backlot.model.lighting.LedWall;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioPackage;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.internal.places.Messages;
import org.backlot.studio.internal.places.StudioFiles;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The base's digital assets (scanned digital humans, LED-wall environments):
 * which productions use them (bookings with purpose USE), rights that end
 * before a production is done with them, and an environment as the picture
 * of a production's LED wall.
 */
public final class Assets {
	/** Rights to an asset that end before a production's need: the asset, the production, the end of the rights and of the need. */
	public record RightsConflict(DigitalAsset asset, String productionId, String productionTitle, LocalDate expires, LocalDate neededUntil) {
		/** The conflict as users read it. */
		public String message() {
			return NLS.bind(Messages.rightsExpire, new Object[] { name(asset), ShootCalendar.label(expires), productionTitle,
					ShootCalendar.label(neededUntil) });
		}
	}

	private Assets() {
	}

	/** The studio's assets of a kind, in the studio's order. */
	public static List<DigitalAsset> of(Studio s, AssetKind kind) {
		return s.getAssets().stream().filter(a -> a.getKind() == kind).toList();
	}

	/** The asset with that id, or null. */
	public static DigitalAsset byId(Studio s, String id) {
		return s.getAssets().stream().filter(a -> Objects.equals(a.getId(), id)).findFirst().orElse(null);
	}

	/** The asset's USE bookings that are not cancelled, by date. */
	public static List<Booking> uses(DigitalAsset a) {
		if (!(a.eContainer() instanceof Studio s)) {
			return List.of();
		}
		return s.getBookings().stream().filter(b -> b.getResource() == a && b.getPurpose() == BookingPurpose.USE && b.getStatus() != BookingStatus.CANCELLED)
				.sorted(Comparator.comparing(Booking::getFrom, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
	}

	/** The titles of the productions that use the asset, once each. */
	public static List<String> productions(DigitalAsset a) {
		Set<String> out = new LinkedHashSet<>();
		uses(a).forEach(b -> out.add(b.getProductionTitle() != null ? b.getProductionTitle() : b.getProductionId()));
		return List.copyOf(out);
	}

	/** Every use that runs past the end of the asset's rights (by the booking's last day). */
	public static List<RightsConflict> rightsConflicts(Studio s) {
		List<RightsConflict> out = new ArrayList<>();
		for (DigitalAsset a : s.getAssets()) {
			for (Booking b : uses(a)) {
				LocalDate until = b.getTo() != null ? ShootCalendar.toLocal(b.getTo()) : null;
				check(a, b.getProductionId(), b.getProductionTitle(), until, out);
			}
		}
		return out;
	}

	/** The production's assets whose rights end before its last shoot day (or its use's last day, whichever is later). */
	public static List<RightsConflict> rightsConflicts(Production p) {
		List<RightsConflict> out = new ArrayList<>();
		if (p.getStudio() == null) {
			return out;
		}
		LocalDate last = lastShootDay(p);
		for (DigitalAsset a : p.getStudio().getAssets()) {
			LocalDate until = null;
			for (Booking b : uses(a)) {
				if (Objects.equals(b.getProductionId(), p.getId())) {
					LocalDate to = b.getTo() != null ? ShootCalendar.toLocal(b.getTo()) : null;
					until = later(later(until, to), last);
				}
			}
			check(a, p.getId(), p.getTitle(), until, out);
		}
		return out;
	}

	/** The production's last dated shoot day on its active board, else its wrap date, else null. */
	public static LocalDate lastShootDay(Production p) {
		LocalDate last = null;
		if (Boards.active(p) != null) {
			for (ShootDay d : Boards.days(Boards.active(p))) {
				last = d.getDate() == null ? last : later(last, ShootCalendar.toLocal(d.getDate()));
			}
		}
		return last != null ? last : p.getWrapDate() != null ? ShootCalendar.toLocal(p.getWrapDate()) : null;
	}

	/** The asset's preview picture as a file (relative to the studio file), or null. */
	public static Path preview(DigitalAsset a) {
		return StudioFiles.resolve(a, a.getPreview());
	}

	/** Books the asset for the production's use from {@code from} to {@code to} (TENTATIVE). */
	public static Command use(EditingDomain d, DigitalAsset a, Production p, LocalDate from, LocalDate to) {
		if (!(a.eContainer() instanceof Studio s) || from == null || to == null) {
			return UnexecutableCommand.INSTANCE;
		}
		Booking b = StudioFactory.eINSTANCE.createBooking();
		b.setId(org.backlot.core.api.Ids.newId());
		b.setResource(a);
		b.setProductionId(p.getId());
		b.setProductionTitle(p.getTitle());
		b.setPurpose(BookingPurpose.USE);
		b.setStatus(BookingStatus.TENTATIVE);
		b.setFrom(ShootCalendar.toDate(from));
		b.setTo(ShootCalendar.toDate(to));
		b.setQuantity(1);
		AddCommand add = new AddCommand(d, s, StudioPackage.Literals.STUDIO__BOOKINGS, b);
		add.setLabel(NLS.bind(Messages.useAssetLabel, name(a)));
		return add;
	}

	/**
	 * The path an LED wall stores to show the environment's preview: the
	 * preview resolved against the studio file, then written relative to the
	 * production file's folder (as the lighting preview reads it) when both
	 * files are known and on one drive, else absolute; the preview as written
	 * when the studio file is unknown.
	 */
	public static String ledPicturePath(LedWall wall, DigitalAsset env) {
		Path file = preview(env);
		if (file == null) {
			return env.getPreview();
		}
		return StudioFiles.relative(StudioFiles.folder(wall), file);
	}

	/**
	 * Makes the environment's preview the LED wall's picture, and books the
	 * environment for the wall's production from its first to its last shoot
	 * day unless the production already uses it; one command. Unexecutable
	 * when the asset is not an LED environment with a preview.
	 */
	public static Command useAsLedPicture(EditingDomain d, LedWall wall, DigitalAsset env) {
		if (env.getKind() != AssetKind.LED_ENVIRONMENT || env.getPreview() == null || env.getPreview().isBlank()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.ledPictureLabel, name(env)));
		c.append(new SetCommand(d, wall, LightingPackage.Literals.LED_WALL__IMAGE_PATH, ledPicturePath(wall, env)));
		EObject root = EcoreUtil.getRootContainer(wall);
		if (root instanceof Production p && uses(env).stream().noneMatch(b -> Objects.equals(b.getProductionId(), p.getId()))) {
			LocalDate first = firstShootDay(p);
			LocalDate last = lastShootDay(p);
			if (first != null && last != null && !last.isBefore(first)) {
				c.append(use(d, env, p, first, last));
			}
		}
		return c;
	}

	/** The asset's name in the user's language. */
	public static String name(DigitalAsset a) {
		return Languages.chinese() && a.getNameZh() != null && !a.getNameZh().isBlank() ? a.getNameZh() : a.getName();
	}

	private static LocalDate firstShootDay(Production p) {
		LocalDate first = null;
		if (Boards.active(p) != null) {
			for (ShootDay d : Boards.days(Boards.active(p))) {
				LocalDate x = d.getDate() == null ? null : ShootCalendar.toLocal(d.getDate());
				first = x == null || first != null && !x.isBefore(first) ? first : x;
			}
		}
		return first != null ? first : p.getStartDate() != null ? ShootCalendar.toLocal(p.getStartDate()) : null;
	}

	private static void check(DigitalAsset a, String id, String title, LocalDate until, List<RightsConflict> out) {
		if (a.getExpires() != null && until != null) {
			LocalDate expires = ShootCalendar.toLocal(a.getExpires());
			if (expires.isBefore(until)) {
				out.add(new RightsConflict(a, id, title, expires, until));
			}
		}
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}
}
