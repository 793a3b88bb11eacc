// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.backlot.model.production.DateRange;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioResource;

/**
 * The extras database and the crew apartments, with other productions' extras bookings and apartment stays in spring
 * 2027. Traits added after the first release (period looks, unavailability, apartment features, those bookings) draw
 * from a second random stream, so that they do not move the ids of everything generated after them.
 */
final class People {
	private static final String RED_LANTERNS = "红灯笼 Red Lanterns"; //$NON-NLS-1$
	private static final String MOUNTAIN_CITY = "山城往事 Mountain City Stories"; //$NON-NLS-1$
	private static final String[] AWAY = { "Another job 另有工作", "Family 家事", "Exams 考试", "Travelling 外出" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") //$NON-NLS-1$
			.split(""); //$NON-NLS-1$
	private static final String[] GIVEN_F = ("芳 娜 敏 静 丽 艳 娟 霞 秀英 桂英 玉兰 婷 雪 慧 颖 琳 晓燕 欣怡 梓涵 诗雨 雨桐 思琪 佳怡 子涵 悦 晨 璐 倩 妍") //$NON-NLS-1$
			.split(" "); //$NON-NLS-1$
	private static final String[] GIVEN_M = ("伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 博 子轩 浩然 宇航 志强 建国 国庆") //$NON-NLS-1$
			.split(" "); //$NON-NLS-1$
	private static final String[] LOOKS = { "student", "office worker", "labourer", "farmer", "street vendor", "elderly", "soldier", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"police", "doctor", "rich", "tourist", "foreigner", "tattooed", "athletic", "glasses", "long hair", "bald" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final String[] SKILLS = { "driving", "horse riding", "martial arts", "dancing", "swimming", "cycling", "singing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"Sichuan opera", "erhu", "motorcycle", "roller skating", "table tennis", "mahjong" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final String[] DIALECTS = { "Chongqing dialect", "Sichuan dialect", "Cantonese", "Shanghainese", "English", "Japanese", "Korean" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private People() {
	}

	static void extras(Studio s, SeededIds ids, int count) {
		for (int i = 0; i < count; i++) {
			Extra x = StudioFactory.eINSTANCE.createExtra();
			x.setId(ids.uuid());
			x.setCode(String.format("E-%05d", i + 1)); //$NON-NLS-1$
			boolean female = ids.random().nextBoolean();
			x.setGender(female ? Gender.FEMALE : Gender.MALE);
			x.setName(ids.pick(SURNAMES) + ids.pick(female ? GIVEN_F : GIVEN_M));
			x.setBirthYear(ids.between(1945, 2008));
			double mean = female ? 160 : 171;
			x.setHeightCm((int) Math.round(mean + ids.random().nextGaussian() * 6.5));
			int looks = ids.between(1, 3);
			for (int l = 0; l < looks; l++) {
				String look = ids.pick(LOOKS);
				if (!x.getLooks().contains(look)) {
					x.getLooks().add(look);
				}
			}
			int skills = ids.between(0, 3);
			for (int k = 0; k < skills; k++) {
				String skill = ids.pick(SKILLS);
				if (!x.getSkills().contains(skill)) {
					x.getSkills().add(skill);
				}
			}
			x.getLanguages().add("Mandarin"); //$NON-NLS-1$
			if (ids.random().nextInt(3) > 0) {
				x.getLanguages().add(ids.random().nextInt(4) > 0 ? DIALECTS[ids.random().nextInt(2)] : ids.pick(DIALECTS));
			}
			s.getExtras().add(x);
		}
		extraTraits(s, new Random(s.getId().hashCode() * 31L + 8));
	}

	/** Period looks (12%), a spell of unavailability in spring 2027 (8%), and two other productions' extras bookings. */
	private static void extraTraits(Studio s, Random r) {
		LocalDate spring = LocalDate.of(2027, 2, 1);
		for (Extra x : s.getExtras()) {
			if (r.nextInt(100) < 12 && !x.getLooks().contains("republic-era")) { //$NON-NLS-1$
				x.getLooks().add("republic-era"); //$NON-NLS-1$
			}
			if (r.nextInt(100) < 8) {
				DateRange d = ProductionFactory.eINSTANCE.createDateRange();
				LocalDate from = spring.plusDays(r.nextInt(120));
				d.setFrom(date(from));
				d.setTo(date(from.plusDays(r.nextInt(14))));
				d.setNote(AWAY[r.nextInt(AWAY.length)]);
				x.getUnavailable().add(d);
			}
		}
		List<Extra> pool = new ArrayList<>(s.getExtras());
		Collections.shuffle(pool, r);
		for (int i = 0; i < 100 && i < pool.size(); i++) {
			boolean mountain = i < 60;
			book(s, r, pool.get(i), mountain ? MOUNTAIN_CITY : RED_LANTERNS, mountain ? "2027-03-04" : "2027-03-15", //$NON-NLS-1$ //$NON-NLS-2$
					mountain ? "2027-03-04" : "2027-03-17", BookingPurpose.SHOOT, null).setCallTime(mountain ? "05:30" : "06:00"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static Booking book(Studio s, Random r, StudioResource what, String title, String from, String to, BookingPurpose purpose,
			String occupant) {
		Booking b = StudioFactory.eINSTANCE.createBooking();
		b.setId(new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString());
		b.setResource(what);
		b.setProductionId(UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8)).toString());
		b.setProductionTitle(title);
		b.setFrom(date(LocalDate.parse(from)));
		b.setTo(date(LocalDate.parse(to)));
		b.setStatus(BookingStatus.CONFIRMED);
		b.setPurpose(purpose);
		b.setQuantity(1);
		b.setOccupant(occupant);
		s.getBookings().add(b);
		return b;
	}

	private static Date date(LocalDate d) {
		return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	static void apartments(Studio s, SeededIds ids, int count) {
		String buildings = "ABCDEFGH"; //$NON-NLS-1$
		int perBuilding = (count + buildings.length() - 1) / buildings.length();
		for (int i = 0; i < count; i++) {
			Apartment a = StudioFactory.eINSTANCE.createApartment();
			a.setId(ids.uuid());
			a.setBuilding(String.valueOf(buildings.charAt(i / perBuilding)));
			int n = i % perBuilding;
			int floor = 1 + n / 6;
			a.setFloor(floor);
			a.setUnit(String.format("%d%02d", floor, n % 6 + 1)); //$NON-NLS-1$
			a.setBeds(n % 6 < 3 ? 1 : n % 6 < 5 ? 2 : 3);
			s.getApartments().add(a);
		}
		apartmentTraits(s, new Random(s.getId().hashCode() * 31L + 9));
	}

	/**
	 * Features: ground floor (floor 1), accessible (the two entrance units of each ground floor in buildings A-D, one
	 * in E-H), quiet (back side from the third floor up), kitchen (every shared unit, 30% of singles), balcony, washing
	 * machine, near stages (A and B). Then two other productions' crews in 390 units through March 2027.
	 */
	private static void apartmentTraits(Studio s, Random r) {
		List<Apartment> all = s.getApartments();
		for (Apartment a : all) {
			int n = Integer.parseInt(a.getUnit().substring(a.getUnit().length() - 2));
			boolean small = "ABCD".contains(a.getBuilding()); //$NON-NLS-1$
			if (a.getFloor() == 1) {
				a.getFeatures().add("ground floor"); //$NON-NLS-1$
				if (n <= (small ? 2 : 1)) {
					a.getFeatures().add("accessible"); //$NON-NLS-1$
				}
			}
			if (n >= 4 && a.getFloor() >= 3) {
				a.getFeatures().add("quiet"); //$NON-NLS-1$
			}
			if (a.getBeds() >= 2 || r.nextInt(10) < 3) {
				a.getFeatures().add("kitchen"); //$NON-NLS-1$
			}
			if (a.getFloor() >= 2 && r.nextBoolean()) {
				a.getFeatures().add("balcony"); //$NON-NLS-1$
			}
			if (a.getBeds() == 3 || r.nextInt(10) < 4) {
				a.getFeatures().add("washing machine"); //$NON-NLS-1$
			}
			if ("AB".contains(a.getBuilding())) { //$NON-NLS-1$
				a.getFeatures().add("near stages"); //$NON-NLS-1$
			}
		}
		List<Apartment> units = new ArrayList<>(all);
		Collections.shuffle(units, r);
		for (int i = 0; i < 390 && i < units.size(); i++) {
			boolean red = i < 240;
			LocalDate from = red ? LocalDate.of(2027, 2, 20).plusDays(r.nextInt(6)) : LocalDate.of(2027, 3, 5).plusDays(r.nextInt(4));
			LocalDate to = red ? LocalDate.of(2027, 3, 20).minusDays(r.nextInt(4)) : LocalDate.of(2027, 4, 10).minusDays(r.nextInt(6));
			String occupant = SURNAMES[r.nextInt(SURNAMES.length)] + (r.nextBoolean() ? GIVEN_F : GIVEN_M)[r.nextInt(GIVEN_M.length / 2)];
			book(s, r, units.get(i), red ? RED_LANTERNS : MOUNTAIN_CITY, from.toString(), to.toString(), BookingPurpose.STAY, occupant);
		}
	}
}
