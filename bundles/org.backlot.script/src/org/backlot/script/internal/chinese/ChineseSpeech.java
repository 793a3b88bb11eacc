// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a speech line, "名字：台词" or "名字（情绪）：台词": the cue (with a voice
 * mark such as （画外音） or （OS） kept as its extension), the parentheticals
 * and the dialogue. Lines whose "name" is no name (a sentence, a label, "他说")
 * are not speech.
 */
final class ChineseSpeech {
	/** A speech line read: cue as written, parentheticals with their brackets, dialogue (may be empty). */
	record Speech(String cue, List<String> parentheticals, String dialogue) {
	}

	private static final Pattern ASCII_NAME = Pattern.compile("^[A-Z][A-Z0-9 .'\\-]{0,19}$"); //$NON-NLS-1$
	private static final Pattern BAD_IN_NAME = Pattern
			.compile("[\\s。，、！？；：“”\"「」『』《》…,!?;:\u2014\u2013=+*/\\\\|<>#@$%^&~了着把被]"); //$NON-NLS-1$
	private static final Set<String> VOICE = Set.of("OS", "VO", "OC", "OFF", "OFFSCREEN", "画外音", "画外", "旁白", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"内心独白", "内心", "心声", "独白", "内心OS", "画外OS", "电话", "电话里", "电话中", "电话声", "对讲机", "广播", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"录音", "视频", "CONTD", "CONT", "续", "接上", "继续", "接前"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	/** Verbs that make "他对她说：" narrative, anywhere in the would-be name. */
	private static final String[] NARRATIVE = { "传来", "响起", "出现", "显示", "播放", "播报", "宣布", "看到", "看见", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"听到", "听见", "发现", "告诉", "只见", "心想", "写道", "说道", "问道", "喊道", "叫道", "答道", "上面写" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
	/** Verbs that make a would-be name of three or more characters narrative when it ends with them ("老王说"). */
	private static final String SPEECH_VERBS = "说道问喊叫答骂吼嚷念读写想称讲唱"; //$NON-NLS-1$
	private static final int MAX_NAME = 8;
	private static final int MAX_BRACKET = 30;

	private ChineseSpeech() {
	}

	/** Reads a speech line; null when it is not one. {@code folded} is {@link ChineseText#fold} of {@code s}. */
	static Speech read(String s, String folded) {
		int colon = folded.indexOf(':');
		if (colon <= 0 || colon > 48) {
			return null;
		}
		if (colon + 1 < folded.length() && Character.isDigit(folded.charAt(colon - 1))
				&& Character.isDigit(folded.charAt(colon + 1))) {
			return null; // a clock time, "下午3：00"
		}
		// the name, then bracket groups: 名字（画外音）（冷笑）
		int open = firstBracket(folded, colon);
		String base = s.substring(0, open < 0 ? colon : open).strip();
		if (!name(base, folded.substring(0, open < 0 ? colon : open).strip())) {
			return null;
		}
		StringBuilder cue = new StringBuilder(base);
		List<String> parentheticals = new ArrayList<>(2);
		int i = open < 0 ? colon : open;
		while (i < colon) {
			char c = folded.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c != '(') {
				return null;
			}
			int close = folded.indexOf(')', i);
			if (close < 0 || close > colon || close - i > MAX_BRACKET) {
				return null;
			}
			String group = s.substring(i, close + 1);
			if (voice(folded.substring(i + 1, close))) {
				if (i > 0 && Character.isWhitespace(folded.charAt(i - 1))) {
					cue.append(' ');
				}
				cue.append(group);
			} else {
				parentheticals.add(group);
			}
			i = close + 1;
		}
		// parentheticals opening the dialogue: 名字：（冷笑）台词
		int from = skipSpace(folded, colon + 1);
		while (from < folded.length() && folded.charAt(from) == '(') {
			int close = folded.indexOf(')', from);
			if (close < 0 || close - from > MAX_BRACKET) {
				break;
			}
			parentheticals.add(s.substring(from, close + 1));
			from = skipSpace(folded, close + 1);
		}
		return new Speech(cue.toString(), parentheticals, s.substring(from).strip());
	}

	private static int skipSpace(String folded, int from) {
		int i = from;
		while (i < folded.length() && Character.isWhitespace(folded.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int firstBracket(String folded, int colon) {
		int p = folded.indexOf('(');
		return p >= 0 && p < colon ? p : -1;
	}

	/** True when the text before the colon can be a character's name. */
	static boolean name(String base, String folded) {
		if (base.isEmpty()) {
			return false;
		}
		if (!ChineseText.hasHan(folded)) {
			return ASCII_NAME.matcher(folded).matches() && !folded.chars().allMatch(Character::isDigit);
		}
		if (ChineseText.length(folded) > MAX_NAME || BAD_IN_NAME.matcher(folded).find()) {
			return false;
		}
		if (ChineseLines.LABELS.contains(folded) || folded.chars().allMatch(Character::isDigit)) {
			return false;
		}
		for (String verb : NARRATIVE) {
			if (folded.contains(verb)) {
				return false;
			}
		}
		return folded.length() < 3 || SPEECH_VERBS.indexOf(folded.charAt(folded.length() - 1)) < 0;
	}

	/** True for a voice mark kept in the cue: 画外音, OS, V.O., 电话里, CONT'D. */
	static boolean voice(String content) {
		String v = content.toUpperCase(Locale.ROOT).replaceAll("[.\\s'\u2019]", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return VOICE.contains(v);
	}
}
