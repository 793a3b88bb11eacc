// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.script.api.SceneHeading;

/**
 * Reads Chinese scene headings, whose parts come in any order: "第1场 日 外 永川老街",
 * "第十二场 夜 内 茶馆", "1-1 日 内 茶馆", "3. 江边码头 夜 外", "12、老宅 夜 内",
 * "第3集 第5场 …", "场景：二号摄影棚 时间：日 内景", also with full-width digits
 * and spaces, and mixed with English ("第5场 夜 外 CENTRAL PARK", "INT. 茶馆 - 日").
 */
public final class ChineseHeadings {
	/** A heading that was recognised: what it says, and its scene number as written in digits ("12", "1-1"), or null. */
	public record Match(SceneHeading heading, String number) {
	}

	/** A scene or episode number in digits or Chinese numerals. */
	static final String NUM = "([0-9零〇一二两三四五六七八九十百千廿卅壹贰叁肆伍陆柒捌玖拾佰仟]{1,9})"; //$NON-NLS-1$
	private static final String AFTER_SCENE = "场(?:戏|次)?[\\s.:、,\\-\u2014]*"; //$NON-NLS-1$
	private static final Pattern EPISODE_SCENE = Pattern
			.compile("^第\\s*" + NUM + "\\s*集\\s*[,、:.]?\\s*第\\s*" + NUM + "\\s*" + AFTER_SCENE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern SCENE = Pattern.compile("^第\\s*" + NUM + "\\s*" + AFTER_SCENE); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern DASHED = Pattern
			.compile("^(\\d{1,4}[A-Za-z]?)\\s*[-\u2013\u2014]\\s*(\\d{1,4}[A-Za-z]?)(?:[\\s.、,:]+|$)"); //$NON-NLS-1$
	private static final Pattern BARE = Pattern.compile("^(\\d{1,4}[A-Za-z]?)(?:\\s*[.、,:]\\s*|\\s+)"); //$NON-NLS-1$
	private static final Pattern SENTENCE = Pattern.compile("[。！？!?;；…“”\"「」『』]"); //$NON-NLS-1$
	private static final int MAX_LENGTH = 80;
	private static final int MAX_SET = 40;

	private ChineseHeadings() {
	}

	/** What a Chinese scene heading says, or null when the line is not one. */
	public static SceneHeading parse(String line) {
		Match m = match(line);
		return m == null ? null : m.heading();
	}

	/** The scene number of a Chinese scene heading in digits ("12" for 第十二场, "3-5" for 第3集 第5场), or null. */
	public static String sceneNumber(String line) {
		Match m = match(line);
		return m == null ? null : m.number();
	}

	/** Reads a line as a Chinese scene heading; null when it is not one. */
	public static Match match(String line) {
		if (line == null) {
			return null;
		}
		String orig = ChineseText.clean(line);
		if (orig.isEmpty() || orig.length() > MAX_LENGTH || !ChineseText.hasHan(orig)) {
			return null;
		}
		String f = ChineseText.fold(orig);
		if (SENTENCE.matcher(f).find()) {
			return null;
		}
		Form form = Form.NONE;
		String number = null;
		int restStart = 0;
		Matcher m;
		if ((m = EPISODE_SCENE.matcher(f)).find()) {
			form = Form.SCENE;
			number = ChineseText.digits(m.group(1)) + '-' + ChineseText.digits(m.group(2));
		} else if ((m = SCENE.matcher(f)).find()) {
			form = Form.SCENE;
			number = ChineseText.digits(m.group(1));
		} else if ((m = DASHED.matcher(f)).find()) {
			form = Form.BARE;
			number = m.group(1) + '-' + m.group(2);
		} else if ((m = BARE.matcher(f)).find()) {
			form = Form.BARE;
			number = m.group(1);
		}
		if (form != Form.NONE) {
			restStart = m.end();
		}
		HeadingParts p = new HeadingParts(orig, f, restStart);
		p.read();
		if (number == null) {
			number = p.labelNumber;
		}
		if (!valid(form, p, number)) {
			return null;
		}
		SceneHeading h = new SceneHeading(p.intExt, p.set(), p.time, p.timeWritten());
		return new Match(h, number);
	}

	private static boolean valid(Form form, HeadingParts p, String number) {
		if (p.setLength() > MAX_SET) {
			return false;
		}
		return switch (form) {
		case SCENE -> !p.glued || p.firstIsWord;
		case BARE -> p.words > 0 || p.labels > 0;
		case NONE -> number != null || p.labels >= 2 || (p.setLabel && p.words > 0) || (p.english && p.chineseTime);
		};
	}

	/** How the line opens. */
	private enum Form {
		/** 第N场 or 第N集第M场. */
		SCENE,
		/** A bare number, "12、" or "1-1". */
		BARE,
		/** No number. */
		NONE
	}
}
