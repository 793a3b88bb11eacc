// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.backlot.model.studio.Condition;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Studio;
import org.backlot.studio.internal.inventory.Colours;
import org.backlot.studio.internal.inventory.Highlights;
import org.backlot.studio.internal.inventory.ItemIndex;
import org.backlot.studio.internal.inventory.StoreAnalyzers;
import org.backlot.studio.internal.inventory.StoreQuery;
import org.backlot.studio.internal.inventory.StoreWatcher;

/**
 * Full-text search of the studio's costume and prop store, in Chinese and
 * English, with filters: an in-memory Lucene index of every item's code, names
 * (Chinese by SmartCN's word segmentation, English stemmed), tags, period,
 * style, colour and size. Built once per studio ({@link #of}) and kept in step
 * with edits to the store; thread-safe.
 */
public final class InventorySearch implements AutoCloseable {
	/** Hits returned when a query names no limit. */
	public static final int DEFAULT_LIMIT = 50;

	/**
	 * A search: words in either language or both ("旗袍", "长衫 灰色", "grey gown",
	 * "C-001"; every word must match) and filters (empty or null: any). Empty
	 * text gives the filtered list by code.
	 *
	 * @param colour in English or Chinese ("grey", "灰", "灰色")
	 * @param limit  at most this many hits ({@link #DEFAULT_LIMIT} when 0 or less)
	 */
	public record Query(String text, Set<ItemKind> kinds, String period, String style, String size, String colour, Set<Condition> conditions,
			int limit) {
		/** A search for words, without filters. */
		public static Query text(String text) {
			return new Query(text, Set.of(), null, null, null, null, Set.of(), DEFAULT_LIMIT);
		}

		/** The same search for these kinds only. */
		public Query kinds(ItemKind... k) {
			return new Query(text, Set.of(k), period, style, size, colour, conditions, limit);
		}

		/** The same search within a period (English or Chinese name, as the store has it). */
		public Query period(String p) {
			return new Query(text, kinds, p, style, size, colour, conditions, limit);
		}

		/** The same search in a colour. */
		public Query colour(String c) {
			return new Query(text, kinds, period, style, size, c, conditions, limit);
		}

		/** The same search returning at most n hits. */
		public Query limit(int n) {
			return new Query(text, kinds, period, style, size, colour, conditions, n);
		}
	}

	/**
	 * An item found.
	 *
	 * @param score     Lucene's relevance (0 in a filtered list without words)
	 * @param highlight the item's names with the matched words in [brackets]
	 */
	public record Hit(InventoryItem item, double score, String highlight) {
	}

	private static final StoreAnalyzers ANALYZERS = new StoreAnalyzers();
	private static final StoreQuery.Marks EMPTY = new StoreQuery.Marks(Set.of(), Set.of(), Set.of(), null);
	private final Studio studio;
	private final ItemIndex index;
	private final StoreWatcher watcher;

	/** Indexes the studio's store; prefer {@link #of}, which keeps one search per studio. */
	public InventorySearch(Studio studio) {
		this.studio = studio;
		this.index = new ItemIndex(ANALYZERS, studio.getInventory());
		this.watcher = new StoreWatcher(this, index);
		watcher.attach(studio);
	}

	/** The studio's search, built on first use (about a second for 10,000 items) and then kept up to date with its store. */
	public static synchronized InventorySearch of(Studio studio) {
		for (Object a : studio.eAdapters()) {
			if (a instanceof StoreWatcher w && w.owner() instanceof InventorySearch s) {
				return s;
			}
		}
		return new InventorySearch(studio);
	}

	/** The items that match, best first (or by code for a filtered list). */
	public List<Hit> search(Query q) {
		StoreQuery sq = query(q);
		int limit = q.limit() > 0 ? q.limit() : DEFAULT_LIMIT;
		StoreQuery.Marks marks = sq.marks();
		return read(s -> {
			TopDocs top = sq.hasText()
					? s.search(sq.build(), limit, new Sort(SortField.FIELD_SCORE, new SortField(StoreAnalyzers.CODE_SORT, SortField.Type.STRING)), true)
					: s.search(sq.build(), limit, new Sort(new SortField(StoreAnalyzers.CODE_SORT, SortField.Type.STRING)));
			List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
			List<LeafReaderContext> leaves = s.getIndexReader().leaves();
			for (ScoreDoc d : top.scoreDocs) {
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
				NumericDocValues keys = DocValues.getNumeric(leaf.reader(), StoreAnalyzers.KEY);
				if (keys.advanceExact(d.doc - leaf.docBase)) {
					InventoryItem item = index.item(keys.longValue());
					if (item != null) {
						hits.add(new Hit(item, Float.isNaN(d.score) ? 0 : d.score, Highlights.of(ANALYZERS, item, sq.hasText() ? marks : EMPTY)));
					}
				}
			}
			return hits;
		});
	}

	/** How many items match (without limit). */
	public int count(Query q) {
		StoreQuery sq = query(q);
		return read(s -> s.count(sq.build()));
	}

	/** The periods, styles, sizes or colours the store has, for filter lists: {@code values(InventoryItem::getPeriod)}. */
	public Set<String> values(Function<InventoryItem, String> attribute) {
		Set<String> out = new TreeSet<>();
		for (InventoryItem i : List.copyOf(studio.getInventory())) {
			String v = attribute.apply(i);
			if (v != null && !v.isBlank()) {
				out.add(v);
			}
		}
		return out;
	}

	/** Reads the whole store again (after a bulk change made with notifications off). */
	public void rebuild() {
		studio.getInventory().forEach(index::changed);
		index.sync(i -> i.eContainer() == studio);
	}

	/** Stops following the studio and frees the index. */
	@Override
	public void close() {
		watcher.detach(studio);
		try {
			index.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private StoreQuery query(Query q) {
		StoreQuery sq = new StoreQuery(ANALYZERS, q.text());
		if (q.kinds() != null && !q.kinds().isEmpty()) {
			sq.filter(StoreAnalyzers.KIND, q.kinds().stream().map(ItemKind::getName).toList());
		}
		if (q.conditions() != null && !q.conditions().isEmpty()) {
			sq.filter(StoreAnalyzers.CONDITION, q.conditions().stream().map(Condition::getName).toList());
		}
		sq.filter(StoreAnalyzers.PERIOD, q.period()).filter(StoreAnalyzers.STYLE, q.style()).filter(StoreAnalyzers.SIZE, q.size());
		return sq.filter(StoreAnalyzers.COLOUR, q.colour() == null ? null : Colours.normalise(q.colour()));
	}

	private <T> T read(ItemIndex.Reader<T> reader) {
		index.sync(i -> i.eContainer() == studio);
		return index.read(reader);
	}
}
