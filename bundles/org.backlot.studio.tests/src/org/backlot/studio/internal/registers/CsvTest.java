// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 reading and writing: quoting, embedded commas, quotes and line breaks, byte order mark, CRLF, GB18030 fallback. */
class CsvTest {
	private static List<List<String>> fields(String text) throws Csv.Malformed {
		return Csv.parse(text).stream().map(Csv.Row::fields).toList();
	}

	@Test
	void readsPlainRecordsWithAnyLineEnd() throws Exception {
		assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), fields("a,b\r\n1,2\r\n"));
		assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), fields("a,b\n1,2"));
		assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), fields("a,b\r1,2\r"));
		assertEquals(List.of(), fields(""));
	}

	@Test
	void keepsEmptyFieldsAndNumbersRecordsAsSpreadsheetRows() throws Exception {
		List<Csv.Row> rows = Csv.parse("a,,c\r\n,,\r\n\r\nx,y,z\r\n");
		assertEquals(List.of("a", "", "c"), rows.get(0).fields());
		assertTrue(rows.get(1).blank());
		assertTrue(rows.get(2).blank(), "an empty line is a blank record");
		assertEquals(4, rows.get(3).number());
		assertEquals(List.of("", ""), fields(",").get(0));
	}

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
		String text = "name,note\r\n\"Chen, Mo\",\"He said \"\"rain\"\"\r\nthen left\"\r\n\"\",\"\"\"\"\r\n";
		List<List<String>> f = fields(text);
		assertEquals(3, f.size());
		assertEquals(List.of("Chen, Mo", "He said \"rain\"\r\nthen left"), f.get(1));
		assertEquals(List.of("", "\""), f.get(2));
		assertEquals(3, Csv.parse(text).get(2).number(), "a line break inside quotes does not start a record");
	}

	@Test
	void aQuoteInsideAnUnquotedFieldIsText() throws Exception {
		assertEquals(List.of("5\" pistol", "x"), fields("5\" pistol,x").get(0));
	}

	@Test
	void rejectsAnUnclosedQuoteAndTextAfterAClosingQuote() {
		Csv.Malformed open = assertThrows(Csv.Malformed.class, () -> Csv.parse("a,b\r\n1,\"never closed\r\n2,3\r\n"));
		assertEquals(2, open.row());
		Csv.Malformed after = assertThrows(Csv.Malformed.class, () -> Csv.parse("a,b\r\nx,y\r\n\"q\"x,3\r\n"));
		assertEquals(3, after.row());
		assertTrue(after.getMessage().contains("'x'"), after.getMessage());
	}

	@Test
	void writesByteOrderMarkCrlfAndQuotesOnlyWhatNeedsIt() {
		byte[] bytes = Csv.write(List.of(List.of("code", "nameZh"), List.of("P-1", "旗袍, 红色"), List.of("P-2", "5\" 枪"),
				List.of("P-3", "two\nlines"), List.of("P-4", " padded ")));
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, java.util.Arrays.copyOf(bytes, 3));
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertEquals("code,nameZh\r\nP-1,\"旗袍, 红色\"\r\nP-2,\"5\"\" 枪\"\r\nP-3,\"two\nlines\"\r\nP-4,\" padded \"\r\n", text);
	}

	@Test
	void roundTripsAwkwardValues() throws Exception {
		List<List<String>> records = List.of(List.of("a", "b", "c"), List.of("", "\"\"", ",,"), List.of("多行\r\n文本", "x\ry", "末尾,"),
				List.of("😀 emoji", "tab\there", ""));
		byte[] bytes = Csv.write(records);
		assertEquals(records, fields(Csv.decode(bytes)));
	}

	@Test
	void decodesUtf8WithOrWithoutMarkAndFallsBackToGb18030() {
		assertEquals("名称,a", Csv.decode("\uFEFF名称,a".getBytes(StandardCharsets.UTF_8)));
		assertEquals("名称,a", Csv.decode("名称,a".getBytes(StandardCharsets.UTF_8)));
		byte[] gbk = "编号,名称\r\nP-1,旗袍\r\n".getBytes(Charset.forName("GB18030"));
		assertEquals("编号,名称\r\nP-1,旗袍\r\n", Csv.decode(gbk), "what Chinese Excel saves as CSV");
	}
}
