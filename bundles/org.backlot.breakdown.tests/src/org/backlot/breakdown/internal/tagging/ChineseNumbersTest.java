// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Chinese and Arabic numbers, exact and approximate. */
class ChineseNumbersTest {
	private static void exact(String text, int value) {
		ChineseNumbers.Number n = ChineseNumbers.parse(text, 0);
		assertEquals(value, n.value(), text);
		assertEquals(false, n.approximate(), text + " is exact");
	}

	private static void approximate(String text, int value) {
		ChineseNumbers.Number n = ChineseNumbers.parse(text, 0);
		assertEquals(value, n.value(), text);
		assertEquals(true, n.approximate(), text + " is approximate");
	}

	@Test
	void exactNumbers() {
		exact("一", 1);
		exact("两", 2);
		exact("九", 9);
		exact("十", 10);
		exact("十二", 12);
		exact("二十", 20);
		exact("二十五", 25);
		exact("九十九", 99);
		exact("百", 100);
		exact("一百", 100);
		exact("一百二十", 120);
		exact("一百零五", 105);
		exact("两百", 200);
		exact("三千", 3000);
		exact("两万", 20000);
		exact("20", 20);
		exact("２０", 20);
	}

	@Test
	void approximateNumbers() {
		approximate("几", 3);
		approximate("十几", 15);
		approximate("二十几", 25);
		approximate("几十", 30);
		approximate("数十", 30);
		approximate("几百", 300);
		approximate("三五", 5);
		approximate("七八", 8);
		approximate("二三十", 30);
		approximate("十七八", 18);
		approximate("二十多", 25);
		approximate("一百多", 150);
		approximate("三十余", 35);
		approximate("20多", 25);
		approximate("上百", 100);
		approximate("成千", 1000);
		approximate("约50", 50);
		approximate("大约三十", 30);
		approximate("20-30", 30);
		approximate("20到30", 30);
	}

	@Test
	void endAndNonNumbers() {
		ChineseNumbers.Number n = ChineseNumbers.parse("群演二十名", 2);
		assertEquals(20, n.value());
		assertEquals(4, n.end());
		assertNull(ChineseNumbers.parse("群演", 0));
		assertNull(ChineseNumbers.parse("约", 0));
	}
}
