// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;

/** The base's scanned digital humans and LED-wall environments, and two other productions' use of them. */
final class DigitalAssets {
	/** Where the river-in-rain environment's preview sits, relative to the studio file. */
	static final String RIVER_PREVIEW = "assets/led/jialing-river-in-rain.png"; //$NON-NLS-1$

	/** kind (H human, E environment), name, 中文, person, rights holder, rights, scanned, expires. */
	private static final String[][] ASSETS = {
			{ "H", "Digital double: Tang Yue (stunt performer)", "数字替身：唐悦（特技演员）", "Tang Yue 唐悦", "Tang Yue",
					"Body double for stunts in productions shot at the base; no advertising", "2026-05-12", "2027-12-31" },
			{ "H", "Digital double: He Shan (character actor)", "数字替身：何山（性格演员）", "He Shan 何山", "Mountain Talent Agency 山城艺人经纪",
					"Background and crowd use only; face replacement needs written consent", "2025-11-20", "2027-03-10" },
			{ "H", "Crowd scan: 40 extras in Republic-era costume", "群演扫描：民国服装四十人", "Extras E-00001 to E-00040",
					"Yongchuan Film and TV Base 永川影视基地", "Crowd multiplication in any production at the base", "2026-09-03", "2029-09-03" },
			{ "H", "Stunt horse 'Chitu'", "特技马“赤兔”", "Chitu, the base's stable", "Yongchuan Film and TV Base 永川影视基地",
					"Any production at the base", "2026-04-18", "" },
			{ "E", "Jialing River in Rain", "嘉陵江雨景", "", "Yongchuan Film and TV Base 永川影视基地", "LED volume playback at the base", "2026-06-02", "" },
			{ "E", "Chongqing Night Skyline", "重庆夜景", "", "Skyline Plates Ltd. 天际线素材公司", "LED volume playback; 12-month licence", "2026-08-15",
					"2027-08-14" },
			{ "E", "Bamboo Sea at Dawn", "竹海晨雾", "", "Yongchuan Film and TV Base 永川影视基地", "LED volume playback at the base", "2026-10-09", "" },
			{ "E", "Republic-era Street", "民国老街", "", "Yongchuan Film and TV Base 永川影视基地", "LED volume playback at the base", "2026-12-01", "" } };

	private DigitalAssets() {
	}

	static void add(Studio s, SeededIds ids) {
		for (String[] d : ASSETS) {
			DigitalAsset a = StudioFactory.eINSTANCE.createDigitalAsset();
			a.setId(ids.uuid());
			boolean human = d[0].equals("H"); //$NON-NLS-1$
			a.setKind(human ? AssetKind.DIGITAL_HUMAN : AssetKind.LED_ENVIRONMENT);
			a.setName(d[1]);
			a.setNameZh(d[2]);
			String slug = slug(d[1]);
			String folder = human ? "assets/humans/" : "assets/led/"; //$NON-NLS-1$ //$NON-NLS-2$
			if (human) {
				a.setPerson(d[3]);
				a.getFiles().add(folder + slug + "/" + slug + ".fbx"); //$NON-NLS-1$ //$NON-NLS-2$
				a.getFiles().add(folder + slug + "/" + slug + "-textures.zip"); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				a.getFiles().add(folder + slug + "/" + slug + "-16k.exr"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			a.setPreview(slug.equals("jialing-river-in-rain") ? RIVER_PREVIEW : folder + slug + ".jpg"); //$NON-NLS-1$ //$NON-NLS-2$
			a.setRightsHolder(d[4]);
			a.setRights(d[5]);
			a.setScanned(date(d[6]));
			a.setExpires(d[7].isEmpty() ? null : date(d[7]));
			s.getAssets().add(a);
		}
		use(s, ids, 1, "红灯笼 Red Lanterns", "2027-03-01", "2027-03-17"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		use(s, ids, 5, "山城往事 Mountain City Stories", "2027-03-08", "2027-03-12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The file name part of an asset's or location's name: lower case, dashes. */
	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static void use(Studio s, SeededIds ids, int asset, String title, String from, String to) {
		Booking b = StudioFactory.eINSTANCE.createBooking();
		b.setId(ids.uuid());
		b.setResource(s.getAssets().get(asset));
		b.setProductionId(ids.uuid());
		b.setProductionTitle(title);
		b.setPurpose(BookingPurpose.USE);
		b.setStatus(BookingStatus.TENTATIVE);
		b.setFrom(date(from));
		b.setTo(date(to));
		b.setQuantity(1);
		s.getBookings().add(b);
	}

	private static Date date(String iso) {
		return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
