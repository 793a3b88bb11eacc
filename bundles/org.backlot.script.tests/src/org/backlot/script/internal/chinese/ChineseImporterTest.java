// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import static org.backlot.script.internal.chinese.ChineseTestSupport.readOwn;
import static org.backlot.script.internal.chinese.ChineseTestSupport.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.SceneHeading;
import org.backlot.script.api.SceneHeadings;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.TitleEntry;
import org.junit.jupiter.api.Test;

/** Reads the Chinese test scripts in testdata/chinese and checks every kind of element. */
class ChineseImporterTest {

	@Test
	void shortFilmTitlePage() throws Exception {
		ParsedScript p = readOwn("short-film.txt");
		assertEquals("chinese", p.format());
		assertEquals(List.of(new TitleEntry("title", "老街的灯"), new TitleEntry("notes", "（短片剧本）"),
				new TitleEntry("author", "周小川"), new TitleEntry("director", "何雨")), p.titlePage());
		assertEquals("UTF-8", p.charset());
		assertEquals(List.of(), p.warnings());
	}

	@Test
	void shortFilmHeadings() throws Exception {
		ParsedScript p = readOwn("short-film.txt");
		List<ScriptElement> headings = of(p, ElementType.HEADING);
		assertEquals(10, headings.size());
		assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
				headings.stream().map(ScriptElement::sceneNumber).toList());
		// text as written, full-width spaces included
		assertEquals("第2场\u3000夜\u3000内\u3000茶馆", headings.get(1).text());
		assertEquals(new SceneHeading("EXT", "永川老街", "DAY", "日"), SceneHeadings.parse(headings.get(0).text()));
		assertEquals(new SceneHeading("INT", "茶馆", "NIGHT", "夜"), SceneHeadings.parse(headings.get(1).text()));
		assertEquals(new SceneHeading("EXT", "江边码头", "DUSK", "黄昏"), SceneHeadings.parse(headings.get(2).text()));
		assertEquals(new SceneHeading("INT", "林晓家·客厅", "DAY", "日"), SceneHeadings.parse(headings.get(3).text()));
		assertEquals(new SceneHeading("EXT", "老街巷口", "DAWN", "清晨"), SceneHeadings.parse(headings.get(4).text()));
		assertEquals(new SceneHeading("EXT", "江边", "DUSK", "傍晚"), SceneHeadings.parse(headings.get(8).text()));
		assertEquals(new SceneHeading("EXT", "永川老街", "DAWN", "晨"), SceneHeadings.parse(headings.get(9).text()));
	}

	@Test
	void shortFilmCastActionAndSpeech() throws Exception {
		ParsedScript p = readOwn("short-film.txt");
		List<String> cast = texts(p, ElementType.CAST_LIST);
		assertEquals(10, cast.size());
		assertEquals("人物：林晓、陈默、群演（路人）20人", cast.get(0));
		List<String> all = show(p);
		assertInOrder(all, "HEADING#1|第1场  日  外  永川老街", "CAST_LIST|人物：林晓、陈默、群演（路人）20人",
				"ACTION|清晨的老街，石板路还湿着。卖豆花的摊子冒着热气。", "ACTION|林晓背着相机，从巷口走来，东张西望。",
				"CHARACTER|陈默", "PARENTHETICAL|（喊）", "DIALOGUE|林晓！这边！", "CHARACTER|林晓", "DIALOGUE|你怎么比我还早？",
				"CHARACTER|陈默", "PARENTHETICAL|（笑）", "DIALOGUE|我就住这条街上。");
		// narrative lines with a colon stay action
		assertTrue(all.contains("ACTION|两人并肩往前走。路边的小黑板上写着：今日豆花两元一碗。"), all::toString);
		assertTrue(all.contains("ACTION|广播里传来一个女声：各位街坊，今晚七点停电检修。"), all::toString);
		assertTrue(all.contains("ACTION|墙上的挂钟指向下午3：00，林母在包饺子。"), all::toString);
		// a cue on its own line takes the next line as its dialogue
		assertInOrder(all, "CHARACTER|陈默", "DIALOGUE|他一直这样，别往心里去。", "TRANSITION|切至：");
		// voice marks stay in the cue, emotions become parentheticals
		assertTrue(all.contains("CHARACTER|林晓（画外音）"), all::toString);
		assertTrue(all.contains("CHARACTER|林母（OS）"), all::toString);
		assertTrue(all.contains("CHARACTER|陈默（V.O.）"), all::toString);
		assertInOrder(all, "CHARACTER|王伯", "PARENTHETICAL|（冷笑）", "DIALOGUE|又是来拍照的？");
		assertInOrder(all, "CHARACTER|王伯", "PARENTHETICAL|（沉默片刻）", "DIALOGUE|拍吧。");
		assertEquals(List.of("CHARACTER", "DIALOGUE"), types(p, "CHARACTER|林晓（画外音）", 2));
		assertEquals(List.of("淡入：", "切至：", "叠化", "闪回", "闪回结束", "淡出。"), texts(p, ElementType.TRANSITION));
		assertEquals(List.of("剧终"), texts(p, ElementType.CENTERED));
		for (String cue : texts(p, ElementType.CHARACTER)) {
			assertTrue(ChineseText.length(cue) <= 12, "cue too long: " + cue);
		}
	}

	@Test
	void tvEpisodeWholeScript() throws Exception {
		ParsedScript p = readOwn("tv-episode.txt");
		assertEquals(List.of(new TitleEntry("title", "山城茶事"), new TitleEntry("author", "欧阳娜")), p.titlePage());
		assertEquals(List.of("SECTION|第一集", "HEADING#1-1|1-1 日 内 茶馆", "CAST_LIST|人物：赵老板、小周、茶客若干",
				"ACTION|茶馆里人声鼎沸，小周端着茶盘穿梭其间。", "CHARACTER|赵老板", "DIALOGUE|小周，三号桌的盖碗茶！", "CHARACTER|小周",
				"DIALOGUE|来咯！", "ACTION|一位茶客拍了拍桌子。", "CHARACTER|茶客甲", "PARENTHETICAL|（不耐烦）", "DIALOGUE|我等了半个钟头了！",
				"HEADING#1-2|1-2 夜 外 茶馆后巷", "CAST_LIST|人物：小周、阿芳", "ACTION|后巷昏暗，只有一盏路灯。阿芳躲在墙角抽泣。",
				"CHARACTER|小周", "DIALOGUE|阿芳？你咋个在这儿？", "CHARACTER|阿芳", "PARENTHETICAL|（哽咽）", "DIALOGUE|我……我不想回家。",
				"CHARACTER|小周", "PARENTHETICAL|（犹豫）", "DIALOGUE|走，先进屋喝口热茶。", "HEADING#1-3|1-3 清晨 内外 菜市场",
				"CAST_LIST|人物：赵老板、卖菜大妈", "ACTION|赵老板提着篮子挑菜。", "CHARACTER|卖菜大妈", "DIALOGUE|赵老板，今天的莴笋新鲜得很！",
				"CHARACTER|赵老板（电话里）", "DIALOGUE|喂？货到了没得？", "TRANSITION|切换至：", "SECTION|第二集",
				"HEADING#2-1|2-1 日 内 茶馆", "CAST_LIST|人物：赵老板、小周、阿芳", "ACTION|阿芳穿着围裙，在柜台后学泡茶。",
				"CHARACTER|赵老板", "DIALOGUE|手腕要稳，水要高冲。", "CHARACTER|阿芳", "DIALOGUE|像这样？", "CHARACTER|赵老板",
				"PARENTHETICAL|（点头）", "DIALOGUE|有点样子了。", "HEADING#2-2|2-2 黄昏 外 江边步道",
				"CAST_LIST|人物：小周、阿芳、群演（散步市民）15人", "ACTION|江风吹过，步道上都是散步的人。", "CHARACTER|阿芳（内心独白）",
				"DIALOGUE|也许，这里才是我的家。", "CENTERED|本集完"), show(p));
		assertEquals(new SceneHeading("INT/EXT", "菜市场", "DAWN", "清晨"), SceneHeadings.parse("1-3 清晨 内外 菜市场"));
	}

	@Test
	void labelledFormAndNotesThatAreNoSpeech() throws Exception {
		ParsedScript p = readOwn("labeled.txt");
		assertEquals(List.of(new TitleEntry("title", "二号棚"), new TitleEntry("author", "李想")), p.titlePage());
		List<ScriptElement> headings = of(p, ElementType.HEADING);
		assertEquals(List.of("第一场  时间：白天  地点：二号摄影棚", "场景：二号摄影棚  时间：夜  内景", "12、老宅 夜 内", "１３．老宅　日　外",
				"3. 江边码头 夜 外"), headings.stream().map(ScriptElement::text).toList());
		assertEquals(java.util.Arrays.asList("1", null, "12", "13", "3"),
				headings.stream().map(ScriptElement::sceneNumber).toList());
		assertEquals(new SceneHeading(null, "二号摄影棚", "DAY", "白天"), SceneHeadings.parse(headings.get(0).text()));
		assertEquals(new SceneHeading("INT", "二号摄影棚", "NIGHT", "夜"), SceneHeadings.parse(headings.get(1).text()));
		assertEquals(new SceneHeading("EXT", "老宅", "DAY", "日"), SceneHeadings.parse(headings.get(3).text()));
		List<String> all = show(p);
		assertTrue(all.contains("ACTION|时间：上午十点，棚内温度二十八度，所有人都在等。"), all::toString);
		assertTrue(all.contains("ACTION|地点：二号棚外的停车场，夜里十一点。"), all::toString);
		assertTrue(all.contains("ACTION|老郑对场记说：灯再往左打一点。"), all::toString);
		assertTrue(all.contains("ACTION|字幕：1998年 重庆"), all::toString);
		assertInOrder(all, "CHARACTER|场记", "DIALOGUE|第十二场第三镜第一条，打板！");
		assertInOrder(all, "CHARACTER|灯光师老郑", "DIALOGUE|收到。");
		assertInOrder(all, "CHARACTER|老郑（画外音）", "DIALOGUE|那一年，我第一次进片场。");
		assertTrue(all.contains("SHOT|特写：老郑手里的旧胶片。"), all::toString);
		assertEquals(List.of("黑场"), texts(p, ElementType.TRANSITION));
		assertFalse(texts(p, ElementType.CHARACTER).contains("时间"));
		assertFalse(texts(p, ElementType.CHARACTER).contains("地点"));
		assertEquals(List.of(), p.warnings(), "the place joined from 地点： leaves no heading without a place");
	}

	@Test
	void mixedChineseEnglishWholeScript() throws Exception {
		ParsedScript p = readOwn("mixed.txt");
		assertEquals(List.of(new TitleEntry("title", "双城记 / A Tale of Two Cities"), new TitleEntry("author", "陈一帆")),
				p.titlePage());
		assertEquals(List.of("TRANSITION|FADE IN:", "HEADING|INT. KITCHEN - DAY",
				"ACTION|The kettle whistles. ANNA (30s) pours tea.", "CHARACTER|ANNA", "DIALOGUE|You're late again.",
				"CHARACTER|TOM", "PARENTHETICAL|(sheepish)", "DIALOGUE|The subway broke down.",
				"HEADING#2|第2场 日 内 上海弄堂·厨房", "CAST_LIST|人物：张阿姨、Anna", "ACTION|张阿姨在灶台前炒菜，Anna在一旁学。",
				"CHARACTER|张阿姨", "DIALOGUE|油要烧热了再下菜。", "CHARACTER|ANNA", "PARENTHETICAL|（笑）", "DIALOGUE|Like this?",
				"CHARACTER|张阿姨", "DIALOGUE|对对对，就这样！", "TRANSITION|CUT TO:", "HEADING#5|第5场 夜 外 CENTRAL PARK",
				"CAST_LIST|人物：Anna、Tom", "ACTION|雪夜的公园，长椅上落满了雪。", "CHARACTER|TOM", "DIALOGUE|我明天就回上海了。",
				"CHARACTER|ANNA (V.O.)", "DIALOGUE|He never came back.", "HEADING#12|EXT. BUND - NIGHT",
				"ACTION|Neon lights over the Huangpu River.", "HEADING|INT. 出租车 - 夜", "ACTION|Anna望着窗外，一言不发。",
				"CHARACTER|司机", "DIALOGUE|小姐，到外滩了。", "CENTERED|THE END"), show(p));
		assertEquals(new SceneHeading("EXT", "CENTRAL PARK", "NIGHT", "夜"), SceneHeadings.parse("第5场 夜 外 CENTRAL PARK"));
		assertEquals(new SceneHeading("INT", "出租车", "NIGHT", "夜"), SceneHeadings.parse("INT. 出租车 - 夜"));
	}

	static List<ScriptElement> of(ParsedScript p, ElementType type) {
		return p.elements().stream().filter(e -> e.type() == type).toList();
	}

	static List<String> texts(ParsedScript p, ElementType type) {
		return of(p, type).stream().map(ScriptElement::text).toList();
	}

	/** The types of {@code n} elements starting at the first one shown as {@code first}. */
	private static List<String> types(ParsedScript p, String first, int n) {
		List<String> all = show(p);
		int i = all.indexOf(first);
		assertTrue(i >= 0, first);
		return p.elements().subList(i, Math.min(i + n, all.size())).stream().map(e -> e.type().name()).toList();
	}

	/** Asserts that the lines appear one right after the other somewhere in the list. */
	static void assertInOrder(List<String> all, String... run) {
		List<String> want = List.of(run);
		for (int i = 0; i + want.size() <= all.size(); i++) {
			if (all.subList(i, i + want.size()).equals(want)) {
				return;
			}
		}
		throw new AssertionError("not found in order: " + want + "\nin: " + all);
	}
}
