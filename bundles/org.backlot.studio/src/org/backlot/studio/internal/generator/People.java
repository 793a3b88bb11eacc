// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.generator;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;

/** The extras database and the crew apartments. */
final class People {
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
	}
}
