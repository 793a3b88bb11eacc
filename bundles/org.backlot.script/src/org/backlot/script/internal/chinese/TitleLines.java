// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.script.api.TitleEntry;

/** Title-page lines at the top of a Chinese script: 《片名》, 编剧：…, 导演：…, （第二稿）. */
final class TitleLines {
	private static final Pattern BOOK_TITLE = Pattern.compile("^《(.+?)》\\s*(.*)$"); //$NON-NLS-1$
	private static final Pattern KEY_COLON = Pattern.compile("^([^:]{1,12}?)\\s*:\\s*(.*)$"); //$NON-NLS-1$
	private static final Pattern KEY_SPACE = Pattern.compile("^(\\S(?:\\s*\\S){1,3}?)\\s+(\\S.*)$"); //$NON-NLS-1$
	private static final Pattern BRACKETED = Pattern.compile("^[(\\[【〔].{1,24}[)\\]】〕]$"); //$NON-NLS-1$
	private static final int MAX_PLAIN_TITLE = 30;

	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("片名", "title"), Map.entry("剧名", "title"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("剧本名", "title"), Map.entry("名称", "title"), Map.entry("标题", "title"), Map.entry("title", "title"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			Map.entry("编剧", "author"), Map.entry("作者", "author"), Map.entry("编著", "author"), Map.entry("执笔", "author"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			Map.entry("author", "author"), Map.entry("authors", "author"), Map.entry("writtenby", "author"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("credit", "credit"), Map.entry("导演", "director"), Map.entry("director", "director"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("原著", "source"), Map.entry("原作", "source"), Map.entry("改编自", "source"), Map.entry("source", "source"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			Map.entry("制片人", "producer"), Map.entry("制片", "producer"), Map.entry("出品人", "producer"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("监制", "producer"), Map.entry("producer", "producer"), Map.entry("日期", "draft date"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("完成日期", "draft date"), Map.entry("修改日期", "draft date"), Map.entry("draftdate", "draft date"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("date", "draft date"), Map.entry("版本", "draft"), Map.entry("稿本", "draft"), Map.entry("draft", "draft"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			Map.entry("联系", "contact"), Map.entry("联系人", "contact"), Map.entry("联系方式", "contact"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("电话", "contact"), Map.entry("邮箱", "contact"), Map.entry("contact", "contact"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("版权", "copyright"), Map.entry("copyright", "copyright"), Map.entry("类型", "类型"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("片长", "片长"), Map.entry("集数", "集数"), Map.entry("题材", "题材")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private TitleLines() {
	}

	/**
	 * The title-page entries a line gives, or null when it is no title line.
	 * {@code haveTitle} says whether earlier lines gave entries (a bracketed line
	 * such as "（第二稿）" counts only then).
	 */
	static List<TitleEntry> entries(String s, String folded, boolean haveEntries) {
		Matcher m = BOOK_TITLE.matcher(s);
		if (m.matches()) {
			String rest = m.group(2).strip();
			TitleEntry title = new TitleEntry("title", m.group(1).strip()); //$NON-NLS-1$
			return rest.isEmpty() ? List.of(title) : List.of(title, bracketed(rest));
		}
		String key = key(folded);
		if (key != null) {
			int colon = folded.indexOf(':');
			return List.of(new TitleEntry(key, s.substring(colon + 1).strip()));
		}
		m = KEY_SPACE.matcher(folded);
		if (m.matches() && ChineseText.hasHan(m.group(1))) {
			String k = KEYS.get(m.group(1).replace(" ", "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (k != null) {
				return List.of(new TitleEntry(k, s.substring(m.start(2)).strip()));
			}
		}
		if (haveEntries && BRACKETED.matcher(folded).matches()) {
			return List.of(bracketed(s));
		}
		return null;
	}

	/** The title-page key of a "key：value" line, or null when the key is not a title-page key. */
	static String key(String folded) {
		Matcher m = KEY_COLON.matcher(folded);
		if (!m.matches()) {
			return null;
		}
		return KEYS.get(m.group(1).replace(" ", "").toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** True for a short line that may be a title written plainly (no 《》) above "编剧：…". */
	static boolean plainTitle(String folded) {
		return folded.length() <= MAX_PLAIN_TITLE && folded.indexOf(':') < 0 && !ChineseLines.sentence(folded)
				&& ChineseText.hasHan(folded);
	}

	private static TitleEntry bracketed(String s) {
		return new TitleEntry(s.contains("稿") ? "draft" : "notes", s); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
