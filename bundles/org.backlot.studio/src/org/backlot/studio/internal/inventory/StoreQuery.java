// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.backlot.studio.internal.inventory.StoreAnalyzers.Token;

/**
 * Turns a store search into a Lucene query: every word of the text must match
 * (a Chinese word by SmartCN's words or, failing that, by its characters; an
 * English word by its stem, the last one also as a prefix while it is typed;
 * a code by its beginning), names weigh more than tags, period and style; the
 * filters narrow without scoring. Also keeps what to highlight.
 */
public final class StoreQuery {
	private static final Pattern CODE = Pattern.compile("[a-z]{1,2}-\\d*"); //$NON-NLS-1$
	private static final Pattern SPLIT = Pattern.compile("[\\s,，、;；]+"); //$NON-NLS-1$
	private static final float NAME = 3;

	/** Chinese words and the texts they came from, English stems and the last word typed: what a hit shows marked. */
	public record Marks(Set<String> zhWords, Set<String> zhTexts, Set<String> enStems, String prefix) {
	}

	private final BooleanQuery.Builder query = new BooleanQuery.Builder();
	private final Marks marks = new Marks(new HashSet<>(), new HashSet<>(), new HashSet<>(), null);
	private boolean text;
	private boolean any;
	private String prefix;

	/** Starts a query from the text (may be empty). */
	public StoreQuery(StoreAnalyzers a, String words) {
		List<String> chunks = words == null || words.isBlank() ? List.of() : List.of(SPLIT.split(words.strip()));
		for (int i = 0; i < chunks.size(); i++) {
			String chunk = chunks.get(i);
			Query q = StoreAnalyzers.isHan(chunk) ? chinese(a, chunk) : english(a, chunk, i == chunks.size() - 1);
			if (q != null) {
				query.add(q, Occur.MUST);
				text = true;
				any = true;
			}
		}
	}

	private Query chinese(StoreAnalyzers a, String chunk) {
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		for (Token t : a.chinese(chunk)) {
			words.add(field(StoreAnalyzers.ZH, StoreAnalyzers.ZH_MORE, t.term()), Occur.MUST);
			marks.zhWords().add(t.term());
		}
		BooleanQuery.Builder grams = new BooleanQuery.Builder();
		List<Token> g = a.grams(chunk);
		g.forEach(t -> grams.add(new TermQuery(new Term(StoreAnalyzers.ZH_GRAMS, t.term())), Occur.MUST));
		if (g.isEmpty()) {
			return null;
		}
		marks.zhTexts().add(chunk);
		return new BooleanQuery.Builder().add(new BoostQuery(words.build(), 2), Occur.SHOULD).add(grams.build(), Occur.SHOULD)
				.setMinimumNumberShouldMatch(1).build();
	}

	private Query english(StoreAnalyzers a, String chunk, boolean last) {
		String lower = ItemIndex.lower(chunk);
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		List<Token> stems = a.english(chunk);
		for (Token t : stems) {
			words.add(field(StoreAnalyzers.EN, StoreAnalyzers.EN_MORE, t.term()), Occur.MUST);
			marks.enStems().add(t.term());
		}
		BooleanQuery.Builder either = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
		if (!stems.isEmpty()) {
			either.add(words.build(), Occur.SHOULD);
		}
		if (last && lower.length() >= 2 && lower.chars().allMatch(Character::isLetter)) {
			either.add(new BoostQuery(new PrefixQuery(new Term(StoreAnalyzers.EN, lower)), 0.5f), Occur.SHOULD);
			prefix = lower;
		}
		if (CODE.matcher(lower).matches() || lower.matches("[a-z]{1,2}-?\\d+")) { //$NON-NLS-1$
			String code = lower.contains("-") ? lower : lower.replaceFirst("^([a-z]+)", "$1-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			either.add(new BoostQuery(new PrefixQuery(new Term(StoreAnalyzers.CODE, code)), 10), Occur.SHOULD);
		}
		BooleanQuery q = either.build();
		return q.clauses().isEmpty() ? null : q;
	}

	private static Query field(String name, String more, String term) {
		return new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term(name, term)), NAME), new TermQuery(new Term(more, term))), 0.1f);
	}

	/** Keeps only items whose keyword field has one of the values (ignored when there are none). */
	public StoreQuery filter(String field, Collection<String> values) {
		if (values != null && !values.isEmpty()) {
			BooleanQuery.Builder one = new BooleanQuery.Builder();
			values.forEach(v -> one.add(new TermQuery(new Term(field, ItemIndex.lower(v))), Occur.SHOULD));
			query.add(one.build(), Occur.FILTER);
			any = true;
		}
		return this;
	}

	/** Keeps only items whose keyword field has this value (ignored when blank). */
	public StoreQuery filter(String field, String value) {
		return value == null || value.isBlank() ? this : filter(field, List.of(value));
	}

	/** True when the text asked for words (hits are ranked), false for a filtered list (by code). */
	public boolean hasText() {
		return text;
	}

	/** The Lucene query. */
	public Query build() {
		return any ? query.build() : new MatchAllDocsQuery();
	}

	/** What to mark in the hits. */
	public Marks marks() {
		return new Marks(marks.zhWords(), marks.zhTexts(), marks.enStems(), prefix);
	}
}
