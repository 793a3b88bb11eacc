// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Values in records and preferences are compared by canonical key, whatever the language. */
class WordsTest {
	@Test
	void keysAreCanonical() {
		assertEquals("police", Words.key(Words.Kind.LOOK, "警察"));
		assertEquals("police", Words.key(Words.Kind.LOOK, " Police "));
		assertEquals("sichuan opera", Words.key(Words.Kind.SKILL, "Sichuan opera"));
		assertEquals("chongqing dialect", Words.key(Words.Kind.LANGUAGE, "重庆话"));
		assertEquals("ground floor", Words.key(Words.Kind.FEATURE, "一楼"));
		assertEquals("pet friendly", Words.key(Words.Kind.FEATURE, "Pet friendly"), "unknown values are kept, lower-cased");
	}

	@Test
	void preferencesNameFeatures() {
		assertEquals(Set.of("quiet"), Groups.featureKeys("a quiet room please"));
		assertEquals(Set.of("accessible", "ground floor"), Groups.featureKeys("无障碍 一楼"));
		assertEquals("唐宁", Groups.shareTarget("share with 唐宁"));
		assertEquals("Tang Ning", Groups.shareTarget("Shares with: Tang Ning"));
		assertEquals("唐宁", Groups.shareTarget("与唐宁同住"));
		assertEquals(null, Groups.shareTarget("quiet"));
	}
}
