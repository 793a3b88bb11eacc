// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.backlot.studio.internal.inventory.StoreAnalyzers.Token;

/**
 * An analyser that remembers what another one made of each text: the store
 * repeats its names (a hundred grey long gowns), and SmartCN's segmenter is
 * the slow part of indexing.
 */
final class CachedAnalyzer extends Analyzer {
	private static final int MAX = 50_000;
	private final Analyzer inner;
	private final Map<String, List<Token>> cache = new ConcurrentHashMap<>();

	CachedAnalyzer(Analyzer inner) {
		this.inner = inner;
	}

	/** The tokens of a text. */
	List<Token> tokens(String text) {
		List<Token> t = cache.get(text);
		if (t == null) {
			t = analyse(text);
			if (cache.size() >= MAX) {
				cache.clear();
			}
			cache.put(text, t);
		}
		return t;
	}

	private List<Token> analyse(String text) {
		List<Token> out = new ArrayList<>();
		try (TokenStream ts = inner.tokenStream("", text)) { //$NON-NLS-1$
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
		return List.copyOf(out);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		return new TokenStreamComponents(new Replay());
	}

	/** Reads the whole text, then replays its remembered tokens. */
	private final class Replay extends Tokenizer {
		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
		private final StringBuilder text = new StringBuilder();
		private List<Token> tokens = List.of();
		private int next;
		private int length;

		@Override
		public void reset() throws IOException {
			super.reset();
			text.setLength(0);
			char[] buffer = new char[256];
			for (int n = input.read(buffer); n > 0; n = input.read(buffer)) {
				text.append(buffer, 0, n);
			}
			length = text.length();
			tokens = tokens(text.toString());
			next = 0;
		}

		@Override
		public boolean incrementToken() {
			if (next >= tokens.size()) {
				return false;
			}
			clearAttributes();
			Token t = tokens.get(next++);
			term.setEmpty().append(t.term());
			offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			offset.setOffset(correctOffset(length), correctOffset(length));
		}
	}
}
