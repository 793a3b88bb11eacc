// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.backlot.model.studio.Gender;
import org.junit.jupiter.api.Test;

/** A requirement's Chinese and English words become limits and scoring words. */
class LookReaderTest {
	@Test
	void readsLooksInEitherLanguage() {
		LookReader.Reading r = LookReader.read("码头工人 dock workers labourer");
		assertEquals(Set.of("labourer"), r.looks());
		assertNull(r.gender());
		assertEquals(Set.of("police"), LookReader.read("巡警").looks());
		assertEquals(Set.of("police", "soldier"), LookReader.read("policemen and soldiers").looks());
		assertEquals(Set.of("street vendor"), LookReader.read("街上的行人和小贩").looks());
	}

	@Test
	void readsAgesFromWordsAndNumbers() {
		LookReader.Reading old = LookReader.read("茶客 老人");
		assertEquals(60, old.minAge());
		assertEquals(0, old.maxAge());
		assertTrue(old.looks().contains("elderly"));
		assertEquals(60, LookReader.read("elderly tea drinkers").minAge());
		LookReader.Reading students = LookReader.read("学生 students");
		assertEquals(18, students.minAge());
		assertEquals(25, students.maxAge());
		assertEquals(Set.of("student"), students.looks());
		LookReader.Reading range = LookReader.read("女 20-30岁");
		assertEquals(Gender.FEMALE, range.gender());
		assertEquals(20, range.minAge());
		assertEquals(30, range.maxAge());
		LookReader.Reading english = LookReader.read("men aged 30 to 40 who speak Cantonese");
		assertEquals(Gender.MALE, english.gender());
		assertEquals(30, english.minAge());
		assertEquals(40, english.maxAge());
		assertEquals(Set.of("cantonese"), english.languages());
		assertEquals(50, LookReader.read("50多岁的农民").minAge());
		assertEquals(65, LookReader.read("over 65").minAge());
	}

	@Test
	void aDecadeOfHistoryIsNotAnAge() {
		LookReader.Reading r = LookReader.read("1940s 旗袍");
		assertTrue(r.period());
		assertEquals(0, r.minAge(), "1940s is a period, not people in their forties");
		assertEquals(Gender.FEMALE, r.gender(), "a qipao is worn by women");
		LookReader.Reading forties = LookReader.read("office workers in their 40s");
		assertEquals(40, forties.minAge());
		assertEquals(49, forties.maxAge());
		assertFalse(forties.period());
	}

	@Test
	void readsGender() {
		assertEquals(Gender.MALE, LookReader.read("警察 police, 男").gender());
		assertEquals(Gender.FEMALE, LookReader.read("采茶女 tea pickers").gender());
		assertEquals(Gender.FEMALE, LookReader.read("women").gender(), "women are not men");
		assertNull(LookReader.read("男女老少").gender());
		assertNull(LookReader.read("men and women").gender());
		assertNull(LookReader.read("奔跑的人群 crowd running to the shelters").gender());
		assertTrue(LookReader.read("奔跑的人群 crowd running to the shelters").understood().isEmpty());
	}

	@Test
	void readsSkillsAndLanguages() {
		LookReader.Reading r = LookReader.read("打麻将的茶客，说重庆话");
		assertEquals(Set.of("mahjong"), r.skills());
		assertEquals(Set.of("chongqing dialect"), r.languages());
		assertEquals(Set.of("sichuan opera"), LookReader.read("川剧票友 Sichuan opera fans").skills());
	}
}
