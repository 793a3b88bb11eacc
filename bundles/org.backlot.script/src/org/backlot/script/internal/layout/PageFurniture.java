// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes what the page adds and the story does not say: page numbers at the
 * top or foot of a page, running headers and footers repeated on most pages,
 * "(MORE)" where a speech breaks and scene "CONTINUED" lines.
 */
final class PageFurniture {
	/** Lines of a page that can hold a page number or a running header, from either end. */
	private static final int EDGE = 2;

	/** The lines left, and the pages whose last speech ended in "(MORE)". */
	record Cleaned(List<LayoutLine> lines, Set<Integer> morePages) {
	}

	private PageFurniture() {
	}

	/** Cleans lines sorted by page and y. */
	static Cleaned clean(List<LayoutLine> lines) {
		Set<Integer> more = new HashSet<>();
		List<List<LayoutLine>> pages = new ArrayList<>();
		int current = Integer.MIN_VALUE;
		for (LayoutLine line : lines) {
			String text = line.text();
			if (allMore(line)) {
				more.add(line.page());
				continue;
			}
			if (LineText.CONTINUED.matcher(text).matches()) {
				continue;
			}
			if (line.page() != current) {
				pages.add(new ArrayList<>());
				current = line.page();
			}
			pages.get(pages.size() - 1).add(line);
		}
		for (int round = 0; round < 2; round++) {
			for (List<LayoutLine> page : pages) {
				dropPageNumbers(page);
			}
			dropRepeated(pages, true);
			dropRepeated(pages, false);
		}
		List<LayoutLine> result = new ArrayList<>(lines.size());
		for (List<LayoutLine> page : pages) {
			result.addAll(page);
		}
		return new Cleaned(result, more);
	}

	private static boolean allMore(LayoutLine line) {
		for (LayoutLine.Segment s : line.segments()) {
			if (!LineText.MORE.matcher(s.text()).matches()) {
				return false;
			}
		}
		return true;
	}

	private static void dropPageNumbers(List<LayoutLine> page) {
		if (page.size() < 2) {
			return;
		}
		for (int i = 0; i < Math.min(EDGE, page.size()); i++) {
			if (isPageNumber(page.get(i))) {
				page.remove(i);
				break;
			}
		}
		for (int i = page.size() - 1; i >= Math.max(0, page.size() - EDGE); i--) {
			if (isPageNumber(page.get(i))) {
				page.remove(i);
				break;
			}
		}
	}

	private static boolean isPageNumber(LayoutLine line) {
		if (line.segments().size() == 1) {
			return LineText.PAGE_NUMBER.matcher(line.text()).matches();
		}
		// "BRICK & STEEL - Rev. 2/1/12      23." is a header: handled by the repeated-line rule
		for (LayoutLine.Segment s : line.segments()) {
			if (!LineText.PAGE_NUMBER.matcher(s.text()).matches()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Drops the first (or last) line of each page when it repeats, digits aside,
	 * on at least half the pages (3 or more) and stands apart from the body.
	 */
	private static void dropRepeated(List<List<LayoutLine>> pages, boolean first) {
		if (pages.size() < 3) {
			return;
		}
		Map<String, Integer> count = new HashMap<>();
		for (List<LayoutLine> page : pages) {
			if (!page.isEmpty()) {
				count.merge(LineText.furnitureKey(edge(page, first).text()), 1, Integer::sum);
			}
		}
		for (List<LayoutLine> page : pages) {
			if (page.size() < 2 || !apart(page, first)) {
				continue;
			}
			int n = count.getOrDefault(LineText.furnitureKey(edge(page, first).text()), 0);
			if (n >= 3 && n * 2 >= pages.size()) {
				page.remove(first ? 0 : page.size() - 1);
			}
		}
	}

	/** True when a blank line separates the edge line from the rest of the page. */
	private static boolean apart(List<LayoutLine> page, boolean first) {
		LayoutLine edge = edge(page, first);
		LayoutLine next = page.get(first ? 1 : page.size() - 2);
		return Math.abs(next.y() - edge.y()) > 1.5 * Math.max(edge.size(), next.size());
	}

	private static LayoutLine edge(List<LayoutLine> page, boolean first) {
		return first ? page.get(0) : page.get(page.size() - 1);
	}
}
