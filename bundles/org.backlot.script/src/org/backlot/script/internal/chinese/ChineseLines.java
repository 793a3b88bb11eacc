// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the one-line forms of a Chinese script other than headings and
 * dialogue: △ action, 人物 cast lines, transitions, shots, end marks, episode
 * marks and labelled notes ("时间：", "字幕：") that are not speech.
 */
final class ChineseLines {
	private static final Pattern SENTENCE = Pattern.compile("[。！？!?;；…“”\"「」『』]"); //$NON-NLS-1$
	private static final Pattern CAST = Pattern
			.compile("^(?:人物|出场人物|登场人物|出场角色|角色|主要人物|人物表)\\s*:\\s*\\S.*$"); //$NON-NLS-1$
	private static final Pattern BIOS = Pattern
			.compile("^(?:主要)?(?:人物|角色)(?:表|介绍|小传|简介|设定|关系)?\\s*:?$"); //$NON-NLS-1$
	private static final Pattern EPISODE = Pattern.compile(
			"^第\\s*([0-9零〇一二两三四五六七八九十百千廿卅壹贰叁肆伍陆柒捌玖拾佰仟]{1,9})\\s*集(?:$|[\\s:.、,\\-\u2014]+\\S.{0,24}$)"); //$NON-NLS-1$
	private static final Pattern END = Pattern.compile(
			"^(?:第\\s*[0-9零〇一二两三四五六七八九十百千]{1,9}\\s*集\\s*)?(?:完|终|剧终|全剧终|本集完|本集终|全文完|全片完|未完待续|待续|THE END|END)$", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	private static final Pattern ENGLISH_TRANSITION = Pattern
			.compile("^(?:[A-Z][A-Z .']*TO:|FADE IN:?|FADE OUT\\.?|FADE TO BLACK\\.?|CUT TO BLACK\\.?)$"); //$NON-NLS-1$
	private static final Pattern WRAP = Pattern.compile("^[(\\[【〔](.*)[)\\]】〕]$"); //$NON-NLS-1$
	private static final Pattern TRIM = Pattern.compile("^[-\u2014\u2013~\\s]+|[-\u2014\u2013~\\s:.。!]+$"); //$NON-NLS-1$
	private static final Pattern LEADING_BRACKET = Pattern.compile("^[\\[【〔(]\\s*([^\\]】〕)]{1,8}?)\\s*[\\]】〕)]"); //$NON-NLS-1$
	private static final int SHORT_TAIL = 12;

	private static final Set<String> TRANSITIONS = Set.of("切至", "切到", "切换至", "切换到", "切入", "切", "硬切", "跳切", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"切回", "切回现实", "叠化", "叠化至", "叠至", "叠", "溶入", "溶出", "溶至", "化入", "化出", "淡入", "淡出", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"渐隐", "渐显", "闪回", "闪回开始", "闪回结束", "闪回完", "闪回止", "回到现实", "转场", "黑场", "白场", "黑屏", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"定格", "淡入淡出", "叠化转场"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Set<String> SHOTS = Set.of("特写", "大特写", "近景特写", "近景", "中景", "中近景", "全景", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"远景", "大远景", "空镜", "空镜头", "航拍", "主观镜头", "俯拍", "仰拍", "插入镜头", "插入"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Labels whose lines are notes, never speech. */
	static final Set<String> LABELS = Set.of("时间", "地点", "场景", "场地", "内外景", "景别", "天气", "气氛", "道具", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"服装", "化妆", "造型", "备注", "注", "注释", "注意", "说明", "字幕", "画面", "镜头", "音乐", "音效", "声音", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"效果", "背景", "环境", "季节", "年代", "年份", "日期", "提示", "群演", "群众演员", "特约", "特约演员", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"特效", "场次", "场号", "拍摄地", "拍摄地点", "主题", "剧情", "梗概", "故事梗概", "简介", "片名", "剧名", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"编剧", "时长", "人物表", "地址"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private ChineseLines() {
	}

	/** The text of a △/▲ action line without its mark, or null when the line has none. */
	static String action(String s) {
		if (s.isEmpty() || (s.charAt(0) != '\u25b3' && s.charAt(0) != '\u25b2')) {
			return null;
		}
		int i = 1;
		while (i < s.length() && (s.charAt(i) == '\u25b3' || s.charAt(i) == '\u25b2')) {
			i++;
		}
		return s.substring(i).strip();
	}

	/** True for a cast line: "人物：林晓、陈默、群演（路人）20人". */
	static boolean cast(String folded) {
		return CAST.matcher(folded).matches();
	}

	/** True for the header of a list of characters before the first scene ("人物表", "主要人物："). */
	static boolean bios(String folded) {
		return BIOS.matcher(folded).matches();
	}

	/** The episode number of an episode line ("第三集", "第3集 重逢"), in digits, or null. */
	static String episode(String folded) {
		Matcher m = EPISODE.matcher(folded);
		if (!m.matches() || SENTENCE.matcher(folded).find()) {
			return null;
		}
		int n = ChineseText.number(m.group(1));
		return n < 0 ? m.group(1) : Integer.toString(n);
	}

	/** True for an end mark ("剧终", "（完）", "本集完"). */
	static boolean end(String folded) {
		return END.matcher(core(folded)).matches();
	}

	/**
	 * A transition: null when the line is none; else the transition text and,
	 * when a long description follows "淡入：", that description (else null).
	 */
	static String[] transition(String s, String folded) {
		if (ENGLISH_TRANSITION.matcher(folded).matches()) {
			return new String[] { s, null };
		}
		if (TRANSITIONS.contains(core(folded))) {
			return new String[] { s, null };
		}
		int colon = folded.indexOf(':');
		if (colon <= 0 || !TRANSITIONS.contains(core(folded.substring(0, colon)))) {
			return null;
		}
		String tail = s.substring(colon + 1).strip();
		if (tail.isEmpty() || (tail.length() <= SHORT_TAIL && !SENTENCE.matcher(tail).find())) {
			return new String[] { s, null };
		}
		return new String[] { s.substring(0, colon + 1), tail };
	}

	/** True for a shot line: "特写：林晓的手", "【全景】江面", "空镜". */
	static boolean shot(String folded) {
		Matcher m = LEADING_BRACKET.matcher(folded);
		if (m.find()) {
			return SHOTS.contains(m.group(1));
		}
		for (int len = Math.min(4, folded.length()); len >= 2; len--) {
			if (SHOTS.contains(folded.substring(0, len))) {
				if (len == folded.length()) {
					return true;
				}
				char next = folded.charAt(len);
				return next == ':' || Character.isWhitespace(next);
			}
		}
		return false;
	}

	/** The label of a labelled note ("时间", "字幕"), or null when the line is not one. */
	static String label(String folded) {
		int colon = folded.indexOf(':');
		if (colon <= 0 || colon > 6) {
			return null;
		}
		String key = folded.substring(0, colon).replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return LABELS.contains(key) ? key : null;
	}

	/** True when a line ends or holds sentence punctuation. */
	static boolean sentence(String s) {
		return SENTENCE.matcher(s).find();
	}

	/** The line without wrapping brackets, dashes and closing punctuation: "【闪回】" → "闪回". */
	static String core(String folded) {
		String c = TRIM.matcher(folded.strip()).replaceAll(""); //$NON-NLS-1$
		Matcher m = WRAP.matcher(c);
		if (m.matches()) {
			c = TRIM.matcher(m.group(1)).replaceAll(""); //$NON-NLS-1$
		}
		return c;
	}
}
