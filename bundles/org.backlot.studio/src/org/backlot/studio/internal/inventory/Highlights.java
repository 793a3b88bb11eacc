// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.studio.InventoryItem;
import org.backlot.studio.internal.inventory.StoreAnalyzers.Token;

/**
 * An item's names with the words that the search matched in [brackets]:
 * "[灰色长衫] · [Grey] long [gown]".
 */
public final class Highlights {
	private Highlights() {
	}

	/** The item's Chinese and English names, marked. */
	public static String of(StoreAnalyzers a, InventoryItem item, StoreQuery.Marks marks) {
		String zh = item.getNameZh() == null ? "" : item.getNameZh(); //$NON-NLS-1$
		String en = item.getNameEn() == null ? "" : item.getNameEn(); //$NON-NLS-1$
		List<int[]> zhSpans = new ArrayList<>();
		for (String t : marks.zhTexts()) {
			for (int at = zh.indexOf(t); at >= 0; at = zh.indexOf(t, at + t.length())) {
				zhSpans.add(new int[] { at, at + t.length() });
			}
		}
		if (zhSpans.isEmpty() && !marks.zhWords().isEmpty()) {
			for (Token t : a.chinese(zh)) {
				if (marks.zhWords().contains(t.term())) {
					zhSpans.add(new int[] { t.start(), t.end() });
				}
			}
		}
		List<int[]> enSpans = new ArrayList<>();
		if (!marks.enStems().isEmpty() || marks.prefix() != null) {
			for (Token t : a.english(en)) {
				String word = en.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
				if (marks.enStems().contains(t.term()) || marks.prefix() != null && word.startsWith(marks.prefix())) {
					enSpans.add(new int[] { t.start(), t.end() });
				}
			}
		}
		String left = mark(zh, zhSpans);
		String right = mark(en, enSpans);
		return left.isEmpty() ? right : right.isEmpty() ? left : left + " · " + right; //$NON-NLS-1$
	}

	private static String mark(String s, List<int[]> spans) {
		if (spans.isEmpty()) {
			return s;
		}
		boolean[] in = new boolean[s.length()];
		for (int[] span : spans) {
			for (int i = span[0]; i < span[1] && i < in.length; i++) {
				in[i] = true;
			}
		}
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			if (in[i] && (i == 0 || !in[i - 1])) {
				b.append('[');
			}
			b.append(s.charAt(i));
			if (in[i] && (i == s.length() - 1 || !in[i + 1])) {
				b.append(']');
			}
		}
		return b.toString();
	}
}
