// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The store index's fields and analysers: Chinese words by SmartCN's segmenter,
 * Chinese characters and their pairs (so that a word the segmenter cut
 * differently is still found), English words stemmed by the English analyser.
 * SmartCN's words are remembered per text: the store repeats its names.
 */
public final class StoreAnalyzers {
	/** Field names. */
	public static final String KEY = "key", CODE = "code", CODE_SORT = "codeSort", ZH = "zh", ZH_MORE = "zhMore", ZH_GRAMS = "zhGrams", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			EN = "en", EN_MORE = "enMore", KIND = "kind", PERIOD = "period", STYLE = "style", SIZE = "size", COLOUR = "colour", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			CONDITION = "condition"; //$NON-NLS-1$

	/** A token and where it stands in the text. */
	public record Token(String term, int start, int end) {
	}

	private final CachedAnalyzer chinese = new CachedAnalyzer(new SmartChineseAnalyzer());
	private final Analyzer english = new EnglishAnalyzer();
	private final Analyzer grams = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream s = new CJKBigramFilter(new LowerCaseFilter(source), CJKBigramFilter.HAN, true);
			return new TokenStreamComponents(source, s);
		}
	};
	private final Analyzer perField = new PerFieldAnalyzerWrapper(english,
			Map.of(ZH, chinese, ZH_MORE, chinese, ZH_GRAMS, grams));

	/** The analyser that indexes each field. */
	public Analyzer perField() {
		return perField;
	}

	/** Chinese words. */
	public List<Token> chinese(String text) {
		return text == null || text.isEmpty() ? List.of() : chinese.tokens(text);
	}

	/** Chinese characters and pairs of characters. */
	public List<Token> grams(String text) {
		return tokens(grams, text);
	}

	/** English stems. */
	public List<Token> english(String text) {
		return tokens(english, text);
	}

	private static List<Token> tokens(Analyzer a, String text) {
		List<Token> out = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return out;
		}
		try (TokenStream ts = a.tokenStream("", text)) { //$NON-NLS-1$
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			ts.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	/** True when the text holds a Chinese character. */
	public static boolean isHan(String s) {
		return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
