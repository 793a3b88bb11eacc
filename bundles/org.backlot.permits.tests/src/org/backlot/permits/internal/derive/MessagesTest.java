// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text of the derivation, the rules and the checks has its Chinese translation. */
class MessagesTest {
	@Test
	void chineseBesideEnglish() throws Exception {
		for (String base : new String[] { "org/backlot/permits/internal/derive/messages", "org/backlot/permits/internal/rules/messages",
				"org/backlot/permits/internal/checks/messages" }) {
			check(base);
		}
	}

	private static void check(String base) throws Exception {
		Properties en = load(base + ".properties");
		Properties zh = load(base + "_zh.properties");
		assertEquals(en.keySet(), zh.keySet(), base);
		for (String k : zh.stringPropertyNames()) {
			assertFalse(zh.getProperty(k).isBlank(), k);
			assertEquals(count(en.getProperty(k)), count(zh.getProperty(k)), "placeholders of " + k);
		}
	}

	private static long count(String s) {
		return s.chars().filter(c -> c == '{').count();
	}

	private static Properties load(String name) throws Exception {
		Properties p = new Properties();
		try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertNotNull(in, name);
			p.load(in);
		}
		return p;
	}
}
