// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.model.studio.Gender;
import org.eclipse.osgi.util.NLS;

/**
 * Reads an extras requirement's description and look ("码头工人 dock workers",
 * "老人", "学生 students", "女 20-30岁", "1940s 旗袍") into hard limits (gender,
 * ages, height) and the looks, skills and languages that score a candidate.
 */
public final class LookReader {
	/**
	 * What a requirement asks for.
	 *
	 * @param gender     the gender asked for, or null for anyone
	 * @param minAge     youngest age, 0 for no limit
	 * @param maxAge     oldest age, 0 for no limit
	 * @param minHeight  shortest height in cm, 0 for no limit
	 * @param maxHeight  tallest height in cm, 0 for no limit
	 * @param looks      looks that score (canonical keys)
	 * @param skills     skills that score
	 * @param languages  languages that score
	 * @param period     whether the scene is a period piece (Republic era and earlier)
	 * @param understood what was read, for the user
	 */
	public record Reading(Gender gender, int minAge, int maxAge, int minHeight, int maxHeight, Set<String> looks, Set<String> skills,
			Set<String> languages, boolean period, List<String> understood) {
	}

	private static final Pattern FEMALE = Pattern.compile("女|妇|姑娘|小姐|太太|(?<![a-z])(?:women|woman|female|females|girls|girl|ladies|lady|qipao)(?![a-z])|旗袍"); //$NON-NLS-1$
	private static final Pattern MALE = Pattern.compile("男|汉子|先生|(?<![a-z])(?:men|man|male|males|boys|gentlemen)(?![a-z])"); //$NON-NLS-1$
	private static final Pattern BOTH = Pattern.compile("男女|(?<![a-z])(?:men and women|women and men|mixed)(?![a-z])"); //$NON-NLS-1$
	private static final Pattern PERIOD = Pattern.compile(
			"民国|旗袍|长衫|抗战|陪都|四十年代|三十年代|(?<!\\d)1[89]\\d0s|(?<!\\d)19[0-4]\\d(?!\\d)|(?<![a-z])(?:period|republic|wartime|qipao)(?![a-z])"); //$NON-NLS-1$
	private static final Pattern RANGE = Pattern.compile(
			"(?<!\\d)(\\d{1,2})\\s*(?:-|–|~|到|至)\\s*(\\d{1,2})\\s*岁|(?<![a-z])(?:aged?|ages)\\s*(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})(?!\\d)"); //$NON-NLS-1$
	private static final Pattern DECADE = Pattern.compile("(?<!\\d)([1-9])0\\s*多岁|(?<![\\d'])([1-9])0s(?![a-z])"); //$NON-NLS-1$
	private static final Pattern OVER = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*岁以上|(?<![a-z])(?:over|above)\\s*(\\d{1,2})(?!\\d)"); //$NON-NLS-1$
	private static final Pattern UNDER = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*岁以下|(?<![a-z])under\\s*(\\d{1,2})(?!\\d)"); //$NON-NLS-1$
	private static final Pattern TALL = Pattern.compile("高个|高大|(?<![a-z])tall(?![a-z])"); //$NON-NLS-1$
	private static final Pattern SHORT = Pattern.compile("矮个|矮小|(?<![a-z])short(?![a-z])"); //$NON-NLS-1$
	/** Age words: pattern, youngest, oldest. */
	private static final Object[][] AGES = { { Pattern.compile("儿童|孩子|小孩|(?<![a-z])(?:children|kids|child)(?![a-z])"), 5, 12 }, //$NON-NLS-1$
			{ Pattern.compile("中学生|少年|(?<![a-z])(?:teenagers|teens|pupils)(?![a-z])"), 13, 18 }, //$NON-NLS-1$
			{ Pattern.compile("大学生|学生|(?<![a-z])students?(?![a-z])"), 18, 25 }, //$NON-NLS-1$
			{ Pattern.compile("青年|年轻|(?<![a-z])(?:young|youths)(?![a-z])"), 18, 35 }, //$NON-NLS-1$
			{ Pattern.compile("中年|(?<![a-z])middle-aged(?![a-z])"), 40, 59 }, //$NON-NLS-1$
			{ Pattern.compile("老人|老年|老头|老太|老汉|大爷|大妈|婆婆|(?<![a-z])(?:elderly|old people|old men|old women|old folk|seniors|pensioners)(?![a-z])"), 60, 0 } }; //$NON-NLS-1$

	private LookReader() {
	}

	/** Reads the requirement's words (description and look together). */
	public static Reading read(String text) {
		String t = text == null ? "" : text; //$NON-NLS-1$
		String lower = t.toLowerCase(Locale.ROOT);
		List<String> understood = new ArrayList<>();
		Gender gender = null;
		boolean female = FEMALE.matcher(lower).find();
		boolean male = MALE.matcher(lower).find();
		if (!BOTH.matcher(lower).find() && female != male) {
			gender = female ? Gender.FEMALE : Gender.MALE;
			understood.add(female ? Messages.readWomen : Messages.readMen);
		}
		int[] ages = ages(lower);
		if (ages[0] > 0 || ages[1] > 0) {
			understood.add(ages[1] == 0 ? NLS.bind(Messages.readAgeFrom, ages[0]) : NLS.bind(Messages.readAges, ages[0], ages[1]));
		}
		int minHeight = 0;
		int maxHeight = 0;
		if (TALL.matcher(lower).find()) {
			minHeight = gender == Gender.FEMALE ? 168 : 178;
			understood.add(NLS.bind(Messages.readTaller, minHeight));
		} else if (SHORT.matcher(lower).find()) {
			maxHeight = gender == Gender.MALE ? 165 : 155;
			understood.add(NLS.bind(Messages.readShorter, maxHeight));
		}
		Set<String> looks = keys(Words.Kind.LOOK, t, understood);
		Set<String> skills = keys(Words.Kind.SKILL, t, understood);
		Set<String> languages = keys(Words.Kind.LANGUAGE, t, understood);
		boolean period = PERIOD.matcher(lower).find();
		if (period) {
			understood.add(Messages.readPeriod);
		}
		return new Reading(gender, ages[0], ages[1], minHeight, maxHeight, Set.copyOf(looks), Set.copyOf(skills), Set.copyOf(languages), period,
				List.copyOf(understood));
	}

	private static Set<String> keys(Words.Kind kind, String text, List<String> understood) {
		Set<String> out = new LinkedHashSet<>();
		for (Words.Term term : Words.find(kind, text)) {
			out.add(term.key());
			understood.add(term.label());
		}
		return out;
	}

	/** Explicit ages first ("20-30岁", "aged 20 to 30", "40s", "30多岁", "60岁以上"), else the widest age words. */
	private static int[] ages(String lower) {
		Matcher m = RANGE.matcher(lower);
		if (m.find()) {
			int a = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
			int b = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
			return new int[] { Math.min(a, b), Math.max(a, b) };
		}
		m = DECADE.matcher(lower);
		if (m.find()) {
			int d = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) * 10;
			return new int[] { d, d + 9 };
		}
		int min = 0;
		int max = 0;
		m = OVER.matcher(lower);
		if (m.find()) {
			min = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
		}
		m = UNDER.matcher(lower);
		if (m.find()) {
			max = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
		}
		if (min > 0 || max > 0) {
			return new int[] { min, max };
		}
		for (Object[] row : AGES) {
			if (((Pattern) row[0]).matcher(lower).find()) {
				return new int[] { (Integer) row[1], (Integer) row[2] };
			}
		}
		return new int[] { 0, 0 };
	}
}
