// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of the extras database and the apartments in both languages: each
 * term has a canonical key (the generator's English value, lower case) and the
 * Chinese and English words that name it in a requirement or a record.
 */
public final class Words {
	/** What a term describes. */
	public enum Kind {
		/** A look of an extra (Extra.looks). */
		LOOK,
		/** A skill of an extra (Extra.skills). */
		SKILL,
		/** A language or dialect (Extra.languages). */
		LANGUAGE,
		/** Something an apartment offers (Apartment.features). */
		FEATURE
	}

	/** One term: its kind, canonical key, Chinese words and English words (the first of each is its display name). */
	public record Term(Kind kind, String key, List<String> zh, List<String> en, Pattern english) {
		/** The term's name in the user's language. */
		public String label() {
			return "zh".equals(Locale.getDefault().getLanguage()) ? zh.get(0) : en.get(0); //$NON-NLS-1$
		}
	}

	private static final List<Term> TERMS = new ArrayList<>();
	private static final Map<String, Term> BY_WORD = new HashMap<>();

	static {
		look("student", "学生|大学生|学子", "student|students|pupils"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("office worker", "职员|白领|上班族|文员", "office worker|office workers|clerks|clerk"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("labourer", "工人|苦力|挑夫|搬运工|棒棒|纤夫", "labourer|labourers|laborer|laborers|dock workers|factory workers|construction workers|porters|coolies"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("farmer", "农民|农夫|村民|采茶|茶农|农妇", "farmer|farmers|villagers|peasants|tea pickers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("street vendor", "小贩|摊贩|商贩|叫卖", "street vendor|street vendors|vendors|hawkers|peddlers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("elderly", "老人|老年|老头|老太|老汉|大爷|大妈|婆婆", "elderly|old people|old men|old women|seniors|pensioners"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("soldier", "士兵|军人|官兵|军队|宪兵|日本兵|国军", "soldier|soldiers|troops|army"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("police", "警察|巡警|警员|警官|民警", "police|policemen|police officers|constables"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("doctor", "医生|护士|医护", "doctor|doctors|nurses|medics"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("rich", "富人|阔太|富商|绅士|贵妇|名流", "rich|wealthy|gentry|socialites"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("tourist", "游客|旅客|观光", "tourist|tourists|travellers|travelers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("foreigner", "外国人|洋人|外宾|老外", "foreigner|foreigners|westerners|expats"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("tattooed", "纹身|刺青", "tattooed|tattoos"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("athletic", "健壮|运动员|魁梧", "athletic|athletes|muscular"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("glasses", "戴眼镜|眼镜", "glasses|spectacles"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("long hair", "长发", "long hair|long-haired"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("bald", "光头|秃头", "bald|shaven"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		look("republic-era", "民国|民国风|年代感", "republic-era|period face|period look"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("driving", "司机|开车|驾驶", "driving|drivers|driver"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("horse riding", "骑马|骑兵|马术", "horse riding|riders|horsemen|cavalry"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("martial arts", "武术|功夫|打斗|武打", "martial arts|kung fu|fighters"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("dancing", "跳舞|舞者|舞女|舞蹈|舞厅", "dancing|dancers|dance hall"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("swimming", "游泳|泳者", "swimming|swimmers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("cycling", "骑车|自行车|单车", "cycling|cyclists|bicycles"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("singing", "唱歌|歌手|合唱|山歌", "singing|singers|choir"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("sichuan opera", "川剧", "Sichuan opera"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("erhu", "二胡", "erhu"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("motorcycle", "摩托", "motorcycle|motorcyclists|motorbike"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("roller skating", "轮滑|溜冰", "roller skating|skaters"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("table tennis", "乒乓", "table tennis|ping pong"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		skill("mahjong", "麻将", "mahjong"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		language("mandarin", "普通话|国语", "Mandarin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		language("chongqing dialect", "重庆话|重庆方言|本地人", "Chongqing dialect|locals"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		language("sichuan dialect", "四川话|四川方言", "Sichuan dialect"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		language("cantonese", "粤语|广东话", "Cantonese"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		language("shanghainese", "上海话", "Shanghainese"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		language("english", "英语|说英文|英文", "English|English-speaking"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		language("japanese", "日语|日本", "Japanese"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		language("korean", "韩语|朝鲜语|韩国", "Korean"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		feature("quiet", "安静|清静", "quiet"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		feature("ground floor", "一楼|底层|低层", "ground floor|ground-floor|no stairs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		feature("kitchen", "厨房|做饭", "kitchen|cooking"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		feature("accessible", "无障碍|轮椅", "accessible|wheelchair"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		feature("balcony", "阳台", "balcony"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		feature("washing machine", "洗衣机|洗衣", "washing machine|laundry"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		feature("near stages", "近摄影棚|靠近片场", "near stages|near the stages"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private Words() {
	}

	private static void look(String key, String zh, String en) {
		add(Kind.LOOK, key, zh, en);
	}

	private static void skill(String key, String zh, String en) {
		add(Kind.SKILL, key, zh, en);
	}

	private static void language(String key, String zh, String en) {
		add(Kind.LANGUAGE, key, zh, en);
	}

	private static void feature(String key, String zh, String en) {
		add(Kind.FEATURE, key, zh, en);
	}

	private static void add(Kind kind, String key, String zh, String en) {
		List<String> zhs = List.of(zh.split("\\|")); //$NON-NLS-1$
		List<String> ens = List.of(en.split("\\|")); //$NON-NLS-1$
		StringBuilder regex = new StringBuilder();
		for (String e : ens) {
			regex.append(regex.length() == 0 ? "" : "|").append(Pattern.quote(e.toLowerCase(Locale.ROOT))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Term t = new Term(kind, key, zhs, ens, Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])")); //$NON-NLS-1$ //$NON-NLS-2$
		TERMS.add(t);
		BY_WORD.putIfAbsent(kind + key, t);
		zhs.forEach(w -> BY_WORD.putIfAbsent(kind + w.toLowerCase(Locale.ROOT), t));
		ens.forEach(w -> BY_WORD.putIfAbsent(kind + w.toLowerCase(Locale.ROOT), t));
	}

	/** The canonical key of a value as written in a record or a filter ("警察" and "Police" are "police"); unknown values lower-cased. */
	public static String key(Kind kind, String value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		String v = value.trim().toLowerCase(Locale.ROOT);
		Term t = BY_WORD.get(kind + v);
		return t == null ? v : t.key();
	}

	/** The term of a canonical key, or null for a value the vocabulary does not know. */
	public static Term term(Kind kind, String key) {
		Term t = BY_WORD.get(kind + key);
		return t != null && t.key().equals(key) ? t : null;
	}

	/** A key shown to the user: the term's name in the user's language, or the key itself. */
	public static String label(Kind kind, String key) {
		Term t = term(kind, key);
		return t == null ? key : t.label();
	}

	/** The terms of a kind named in free text (Chinese words anywhere, English words as whole words). */
	public static List<Term> find(Kind kind, String text) {
		List<Term> out = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return out;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (Term t : TERMS) {
			if (t.kind() != kind) {
				continue;
			}
			boolean hit = t.english().matcher(lower).find();
			for (int i = 0; !hit && i < t.zh().size(); i++) {
				hit = text.contains(t.zh().get(i));
			}
			if (hit) {
				out.add(t);
			}
		}
		return out;
	}
}
