// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backlot.breakdown.api.InventoryMatcher;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Studio;
import org.junit.jupiter.api.Test;

/** Precision of the store matcher's top match on the labelled pairs in testdata/matching-pairs.csv. */
class MatchingPrecisionTest {
	/** One labelled pair. */
	record Pair(String element, String category, String expected, boolean anyColour) {
	}

	static Path testdata(String name) {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			for (Path candidate : List.of(p.resolve("testdata"), p.resolve("bundles/org.backlot.studio.tests/testdata"))) {
				if (Files.exists(candidate.resolve(name))) {
					return candidate.resolve(name);
				}
			}
		}
		throw new IllegalStateException("test data not found: " + name);
	}

	static List<Pair> pairs() throws Exception {
		List<Pair> pairs = new ArrayList<>();
		for (String line : Files.readAllLines(testdata("matching-pairs.csv"), StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("element,")) {
				continue;
			}
			String[] f = line.split(",");
			pairs.add(new Pair(f[0].strip(), f[1].strip(), f[2].strip(), f.length > 3 && f[3].strip().equals("any-colour")));
		}
		return pairs;
	}

	/** The English name without its colour: what the item is. */
	static String thing(InventoryItem i) {
		String n = i.getNameEn().toLowerCase(Locale.ROOT);
		String c = i.getColour() == null ? "" : i.getColour().toLowerCase(Locale.ROOT) + " ";
		return !c.isBlank() && n.startsWith(c) ? n.substring(c.length()) : n;
	}

	static boolean serves(InventoryItem got, InventoryItem expected, boolean anyColour) {
		if (got == expected) {
			return true;
		}
		if (got.getKind() != expected.getKind()) {
			return false;
		}
		return anyColour ? thing(got).equals(thing(expected))
				: got.getNameEn().equalsIgnoreCase(expected.getNameEn()) && got.getNameZh().equals(expected.getNameZh());
	}

	@Test
	void topMatchIsRightForNineInTen() throws Exception {
		Studio studio = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
		Map<String, InventoryItem> byCode = new HashMap<>();
		studio.getInventory().forEach(i -> byCode.put(i.getCode(), i));
		Map<String, Category> categories = new HashMap<>();
		InventoryMatcher matcher = new InventoryMatcher(studio);
		List<Pair> pairs = pairs();
		List<String> misses = new ArrayList<>();
		int right = 0;
		for (Pair p : pairs) {
			InventoryItem expected = byCode.get(p.expected());
			assertNotNull(expected, "no item " + p.expected());
			Element e = BreakdownFactory.eINSTANCE.createElement();
			e.setName(p.element());
			e.setCategory(categories.computeIfAbsent(p.category(), k -> {
				Category c = BreakdownFactory.eINSTANCE.createCategory();
				c.setKey(k);
				return c;
			}));
			List<InventoryMatcher.Candidate> top = matcher.match(e, 1);
			if (!top.isEmpty() && serves(top.get(0).item(), expected, p.anyColour())) {
				right++;
			} else {
				misses.add(p.element() + " -> " + (top.isEmpty() ? "nothing" : top.get(0).item().getNameEn() + " " + top.get(0).reason())
						+ " (wanted " + expected.getNameEn() + ")");
			}
		}
		double precision = (double) right / pairs.size();
		System.out.printf("store matcher: precision of the top match %.3f on %d pairs%n", precision, pairs.size());
		misses.forEach(m -> System.out.println("  miss: " + m));
		assertTrue(pairs.size() >= 100, "at least 100 labelled pairs: " + pairs.size());
		assertTrue(precision >= 0.9, String.format("precision %.3f < 0.9; misses: %s", precision, misses));
	}
}
