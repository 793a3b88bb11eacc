// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import static org.backlot.script.internal.chinese.ChineseTestSupport.readText;
import static org.backlot.script.internal.chinese.ChineseTestSupport.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.TitleEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Single lines and short passages: speech, false speech, title page, episodes, joined labels. */
class ChineseLinesTest {
	private static final String HEAD = "第1场 日 内 茶馆\n"; //$NON-NLS-1$

	/** Elements after the heading of a one-scene script. */
	private static List<String> body(String lines) throws Exception {
		List<String> all = show(readText(HEAD + lines));
		return all.subList(1, all.size());
	}

	@Test
	void speechForms() throws Exception {
		assertEquals(List.of("CHARACTER|林晓", "DIALOGUE|你好。"), body("林晓：你好。"));
		assertEquals(List.of("CHARACTER|林晓", "DIALOGUE|你好。"), body("林晓: 你好。"));
		assertEquals(List.of("CHARACTER|林晓", "PARENTHETICAL|（冷笑）", "DIALOGUE|你也配？"), body("林晓（冷笑）：你也配？"));
		assertEquals(List.of("CHARACTER|林晓", "PARENTHETICAL|（冷笑）", "DIALOGUE|你也配？"), body("林晓：（冷笑）你也配？"));
		assertEquals(List.of("CHARACTER|林晓（画外音）", "PARENTHETICAL|（冷笑）", "DIALOGUE|走吧。"), body("林晓（画外音）（冷笑）：走吧。"));
		assertEquals(List.of("CHARACTER|林晓(OS)", "DIALOGUE|走吧。"), body("林晓(OS)：走吧。"));
		assertEquals(List.of("CHARACTER|欧阳·娜娜", "DIALOGUE|嗯。"), body("欧阳·娜娜：嗯。"));
		assertEquals(List.of("CHARACTER|警察1", "DIALOGUE|站住！"), body("警察1：站住！"));
		assertEquals(List.of("CHARACTER|林晓的妈妈", "DIALOGUE|回来吃饭。"), body("林晓的妈妈：回来吃饭。"));
		assertEquals(List.of("CHARACTER|旁白", "DIALOGUE|那一年，我十八岁。"), body("旁白：那一年，我十八岁。"));
		assertEquals(List.of("CHARACTER|JOHN", "DIALOGUE|Hello."), body("JOHN：Hello."));
	}

	@Test
	void cueAloneTakesTheNextLine() throws Exception {
		assertEquals(List.of("CHARACTER|林晓", "DIALOGUE|你好。"), body("林晓：\n\n你好。"));
		assertEquals(List.of("CHARACTER|林晓", "PARENTHETICAL|（低声）", "DIALOGUE|你好。", "ACTION|门开了。"),
				body("林晓：\n（低声）\n你好。\n门开了。"));
		assertEquals(List.of("CHARACTER|林晓", "ACTION|她转身离开。"), body("林晓：\n△她转身离开。"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "时间：上午十点", "地点：江边", "他看着她，说：我不走。", "老王说：走吧", "林晓对陈默说：你走吧。",
			"远处传来广播声：各位旅客请注意", "墙上写着：禁止吸烟", "下午3：00，茶馆开门", "这是一个很长很长的句子里面有冒号：后面的内容",
			"字幕：2008年 四川", "道具：旧相机、胶卷", "群演：路人20人", "备注：此场需要无人机", "http://example.com",
			"Note: bring the car" })
	void colonLinesThatAreNoSpeech(String line) throws Exception {
		assertEquals(List.of("ACTION|" + line), body(line), line);
	}

	@Test
	void transitionsShotsAndEnds() throws Exception {
		assertEquals(List.of("TRANSITION|切至：", "TRANSITION|叠化", "TRANSITION|淡入", "TRANSITION|淡出。", "TRANSITION|【闪回】",
				"TRANSITION|（转场）", "TRANSITION|切至：茶馆门口", "TRANSITION|CUT TO:", "TRANSITION|FADE OUT."),
				body("切至：\n叠化\n淡入\n淡出。\n【闪回】\n（转场）\n切至：茶馆门口\nCUT TO:\nFADE OUT."));
		assertEquals(List.of("TRANSITION|淡入：", "ACTION|清晨，江面上雾气弥漫，一艘货船缓缓驶来。"),
				body("淡入：清晨，江面上雾气弥漫，一艘货船缓缓驶来。"));
		assertEquals(List.of("SHOT|特写：林晓的手", "SHOT|【全景】江面", "SHOT|空镜"), body("特写：林晓的手\n【全景】江面\n空镜"));
		assertEquals(List.of("CENTERED|（完）", "CENTERED|全剧终"), body("（完）\n全剧终"));
		assertEquals(List.of("ACTION|定格在林晓的脸上。"), body("定格在林晓的脸上。"));
	}

	@Test
	void actionMarks() throws Exception {
		assertEquals(List.of("ACTION|林晓走来。", "ACTION|陈默：跟上。", "ACTION|雨停了。"),
				body("△林晓走来。\n▲陈默：跟上。\n△ 雨停了。\n△"));
	}

	@Test
	void castLines() throws Exception {
		assertEquals(List.of("CAST_LIST|人物：林晓、陈默、群演（路人）20人", "CAST_LIST|出场人物: 王伯"),
				body("人物：林晓、陈默、群演（路人）20人\n出场人物: 王伯"));
	}

	@Test
	void headingLabelsOnTheirOwnLinesJoinTheHeading() throws Exception {
		ParsedScript p = readText("第一场\n时间：白天\n地点：办公室\n内外景：内\n人物：林晓\n时间：下午三点\n");
		assertEquals(List.of("HEADING#1|第一场  时间：白天  地点：办公室  内外景：内", "CAST_LIST|人物：林晓", "ACTION|时间：下午三点"),
				show(p));
		assertEquals(List.of(), p.warnings());
		// a heading that names its place keeps a later 地点 line as action
		assertEquals(List.of("ACTION|地点：二楼包间"), body("地点：二楼包间"));
	}

	@Test
	void headingsWithoutPlaceAreReported() throws Exception {
		ParsedScript p = readText("第一场\n林晓：你好。\n第二场\n陈默：嗯。\n");
		assertEquals(1, p.warnings().size(), p.warnings()::toString);
		assertEquals(true, p.warnings().get(0).contains("2") && p.warnings().get(0).contains("1"), p.warnings().get(0));
	}

	@Test
	void episodesNumberTheirScenes() throws Exception {
		ParsedScript p = readText("第一集\n第1场 日 内 茶馆\n△开门。\n第2场 夜 外 江边\n第二集 重逢\n第1场 日 内 茶馆\n第3集 第4场 夜 内 医院\n");
		assertEquals(List.of("SECTION|第一集", "HEADING#1-1|第1场 日 内 茶馆", "ACTION|开门。", "HEADING#1-2|第2场 夜 外 江边",
				"SECTION|第二集 重逢", "HEADING#2-1|第1场 日 内 茶馆", "HEADING#3-4|第3集 第4场 夜 内 医院"), show(p));
		assertEquals(1, p.elements().get(0).depth());
		// a single episode keeps its scene numbers as written
		ParsedScript one = readText("第一集\n第1场 日 内 茶馆\n第2场 夜 外 江边\n");
		assertEquals(List.of("SECTION|第一集", "HEADING#1|第1场 日 内 茶馆", "HEADING#2|第2场 夜 外 江边"), show(one));
	}

	@Test
	void titlePageForms() throws Exception {
		ParsedScript p = readText("永川往事\n编  剧：张三\n导演 李四\n原著：王五\n（第二稿）\n\n第1场 日 外 老街\n编剧：不是标题\n");
		assertEquals(List.of(new TitleEntry("title", "永川往事"), new TitleEntry("author", "张三"), new TitleEntry("director", "李四"),
				new TitleEntry("source", "王五"), new TitleEntry("draft", "（第二稿）")), p.titlePage());
		assertEquals(List.of("HEADING#1|第1场 日 外 老街", "ACTION|编剧：不是标题"), show(p));
	}

	@Test
	void characterListBeforeTheFirstSceneIsNoSpeech() throws Exception {
		ParsedScript p = readText("《江城》\n人物表\n林晓：女，二十五岁，摄影师。\n陈默：男，二十七岁。\n\n第1场 日 外 老街\n林晓：你好。\n");
		assertEquals(List.of("ACTION|人物表", "ACTION|林晓：女，二十五岁，摄影师。", "ACTION|陈默：男，二十七岁。",
				"HEADING#1|第1场 日 外 老街", "CHARACTER|林晓", "DIALOGUE|你好。"), show(p));
	}

	@Test
	void englishBlocksInAChineseScript() throws Exception {
		assertEquals(List.of("CHARACTER|ANNA", "PARENTHETICAL|(quietly)", "DIALOGUE|Let's go.", "CHARACTER|林晓",
				"DIALOGUE|走吧。"), body("\nANNA\n(quietly)\nLet's go.\n林晓：走吧。"));
		assertEquals(List.of("HEADING#7|INT. HALL - DAY"), body("INT. HALL - DAY #7#"));
		assertEquals(List.of("HEADING|EXT. ROOM 12 - NIGHT"), body("EXT. ROOM 12 - NIGHT"));
		assertEquals(List.of("ACTION|Extra work was done."), body("Extra work was done."));
	}
}
