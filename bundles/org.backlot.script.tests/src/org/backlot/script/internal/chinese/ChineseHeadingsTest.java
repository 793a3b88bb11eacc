// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;

import org.backlot.script.api.SceneHeading;
import org.backlot.script.api.SceneHeadings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Chinese scene-heading forms: number, INT/EXT, time, set. */
class ChineseHeadingsTest {

	static Stream<Arguments> headings() {
		return Stream.of(
				// line, number, intExt, time, timeAsWritten, set
				Arguments.of("第1场  日  外  永川老街", "1", "EXT", "DAY", "日", "永川老街"),
				Arguments.of("第十二场 夜 内 茶馆", "12", "INT", "NIGHT", "夜", "茶馆"),
				Arguments.of("第一百零五场 傍晚 外 码头", "105", "EXT", "DUSK", "傍晚", "码头"),
				Arguments.of("第廿三场 日 内 车间", "23", "INT", "DAY", "日", "车间"),
				Arguments.of("1-1 日 内 茶馆", "1-1", "INT", "DAY", "日", "茶馆"),
				Arguments.of("12－3　夜　外　江边", "12-3", "EXT", "NIGHT", "夜", "江边"),
				Arguments.of("3. 江边码头 夜 外", "3", "EXT", "NIGHT", "夜", "江边码头"),
				Arguments.of("12、老宅 夜 内", "12", "INT", "NIGHT", "夜", "老宅"),
				Arguments.of("１２．老宅　夜　内", "12", "INT", "NIGHT", "夜", "老宅"),
				Arguments.of("７，老宅，日，外", "7", "EXT", "DAY", "日", "老宅"),
				Arguments.of("1 茶馆 日 内", "1", "INT", "DAY", "日", "茶馆"),
				Arguments.of("1．日．外．老街", "1", "EXT", "DAY", "日", "老街"),
				Arguments.of("第4场 夜·内 林晓家·客厅", "4", "INT", "NIGHT", "夜", "林晓家·客厅"),
				Arguments.of("第8场 日 外 ST. MARY'S 教堂", "8", "EXT", "DAY", "日", "ST. MARY'S 教堂"),
				Arguments.of("12A、老宅 夜 内", "12A", "INT", "NIGHT", "夜", "老宅"),
				Arguments.of("第3集 第5场 日 外 江边", "3-5", "EXT", "DAY", "日", "江边"),
				Arguments.of("第３集　第５场　夜　内　医院走廊", "3-5", "INT", "NIGHT", "夜", "医院走廊"),
				Arguments.of("第二集第十场 晨 外 山顶", "2-10", "EXT", "DAWN", "晨", "山顶"),
				Arguments.of("场景：二号摄影棚  时间：日  内景", null, "INT", "DAY", "日", "二号摄影棚"),
				Arguments.of("时间：夜　地点：老宅", null, null, "NIGHT", "夜", "老宅"),
				Arguments.of("场次：5 场景：茶馆 时间：下午三点 内景", "5", "INT", "DAY", "下午三点", "茶馆"),
				Arguments.of("第1场：茶馆 夜 内", "1", "INT", "NIGHT", "夜", "茶馆"),
				Arguments.of("第1场 日/外 永川老街", "1", "EXT", "DAY", "日", "永川老街"),
				Arguments.of("第1场日外 永川老街", "1", "EXT", "DAY", "日", "永川老街"),
				Arguments.of("第2场 永川老街（夜/内）", "2", "INT", "NIGHT", "夜", "永川老街"),
				Arguments.of("第5场 日外 老宅、书房", "5", "EXT", "DAY", "日", "老宅、书房"),
				Arguments.of("第2场 夜 内 老宅 - 书房", "2", "INT", "NIGHT", "夜", "老宅 - 书房"),
				Arguments.of("第7场 日 内 茶馆（二十年前）", "7", "INT", "DAY", "日", "茶馆（二十年前）"),
				Arguments.of("第5场 夜 外 CENTRAL PARK", "5", "EXT", "NIGHT", "夜", "CENTRAL PARK"),
				Arguments.of("第6场 日 内 日内瓦机场", "6", "INT", "DAY", "日", "日内瓦机场"),
				Arguments.of("INT. 茶馆 - 日", null, "INT", "DAY", "日", "茶馆"),
				Arguments.of("EXT. 长城 - 黄昏", null, "EXT", "DUSK", "黄昏", "长城"),
				Arguments.of("第一场", "1", null, null, null, ""));
	}

	@ParameterizedTest
	@MethodSource("headings")
	void readsHeading(String line, String number, String intExt, String time, String written, String set) {
		ChineseHeadings.Match m = ChineseHeadings.match(line);
		assertNotNull(m, line);
		assertEquals(number, m.number(), "number of " + line);
		assertEquals(number, ChineseHeadings.sceneNumber(line), "sceneNumber() of " + line);
		SceneHeading h = ChineseHeadings.parse(line);
		assertEquals(new SceneHeading(intExt, set, time, written), h, line);
	}

	static Stream<Arguments> times() {
		// word, time; 清晨 and 凌晨 count as DAWN, 午 words as DAY, 晚 as NIGHT
		return Stream.of(Arguments.of("日", "DAY"), Arguments.of("白天", "DAY"), Arguments.of("夜", "NIGHT"),
				Arguments.of("夜晚", "NIGHT"), Arguments.of("晚", "NIGHT"), Arguments.of("晚上", "NIGHT"),
				Arguments.of("晨", "DAWN"), Arguments.of("清晨", "DAWN"), Arguments.of("黎明", "DAWN"),
				Arguments.of("凌晨", "DAWN"), Arguments.of("黄昏", "DUSK"), Arguments.of("傍晚", "DUSK"),
				Arguments.of("午", "DAY"), Arguments.of("中午", "DAY"), Arguments.of("下午", "DAY"),
				Arguments.of("早", "MORNING"), Arguments.of("早上", "MORNING"), Arguments.of("上午", "MORNING"));
	}

	@ParameterizedTest
	@MethodSource("times")
	void mapsTimeWord(String word, String time) {
		SceneHeading h = ChineseHeadings.parse("第9场 " + word + " 外 广场"); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotNull(h, word);
		assertEquals(time, h.time(), word);
		assertEquals(word, h.timeAsWritten(), "time as written keeps " + word); //$NON-NLS-1$
		assertEquals("广场", h.set(), word); //$NON-NLS-1$
	}

	static Stream<Arguments> intExts() {
		return Stream.of(Arguments.of("内", "INT"), Arguments.of("内景", "INT"), Arguments.of("外", "EXT"),
				Arguments.of("外景", "EXT"), Arguments.of("内外", "INT/EXT"), Arguments.of("内/外", "INT/EXT"),
				Arguments.of("内外景", "INT/EXT"), Arguments.of("外／内", "INT/EXT"));
	}

	@ParameterizedTest
	@MethodSource("intExts")
	void mapsIntExtWord(String word, String intExt) {
		SceneHeading h = ChineseHeadings.parse("第9场 夜 " + word + " 车内"); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotNull(h, word);
		assertEquals(intExt, h.intExt(), word);
		assertEquals("车内", h.set(), word); //$NON-NLS-1$
	}

	@ParameterizedTest
	@ValueSource(strings = { "第一场雪下了一整夜。", "第一场雪下了一整夜", "第二场比赛开始了，观众欢呼", "1、他走进来", "3. 他在日内瓦工作",
			"2. 他说：我走了。", "地点：茶馆", "时间：白天", "林晓：你好", "△夜，外面下着雨", "第3集", "INT. KITCHEN - DAY", "",
			"人物：林晓、陈默" })
	void rejectsNonHeading(String line) {
		assertNull(ChineseHeadings.match(line), line);
		assertNull(ChineseHeadings.sceneNumber(line), line);
	}

	@Test
	void apiDelegatesChineseHeadings() {
		// the shared heading reader of the API uses this class for headings with Chinese
		SceneHeading h = SceneHeadings.parse("第十二场 夜 内 茶馆"); //$NON-NLS-1$
		assertEquals(new SceneHeading("INT", "茶馆", "NIGHT", "夜"), h); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		// an English heading with an English time is left to the English reader
		assertNull(ChineseHeadings.match("INT. 茶馆 - DAY")); //$NON-NLS-1$
		assertEquals(new SceneHeading("INT", "茶馆", "DAY", "DAY"), SceneHeadings.parse("INT. 茶馆 - DAY")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Test
	void readsChineseNumerals() {
		assertEquals(12, ChineseText.number("十二")); //$NON-NLS-1$
		assertEquals(20, ChineseText.number("二十")); //$NON-NLS-1$
		assertEquals(105, ChineseText.number("一百零五")); //$NON-NLS-1$
		assertEquals(3020, ChineseText.number("三千零二十")); //$NON-NLS-1$
		assertEquals(10, ChineseText.number("拾")); //$NON-NLS-1$
		assertEquals(-1, ChineseText.number("十a")); //$NON-NLS-1$
	}
}
