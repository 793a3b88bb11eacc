// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.inventory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.backlot.model.studio.InventoryItem;

/**
 * The store's in-memory Lucene index: one document per item, kept in step
 * with the model by {@link #changed} (the item is re-read, or dropped when it
 * has left the store, at the next {@link #sync}).
 */
public final class ItemIndex implements Closeable {
	/** Reads a searcher. */
	public interface Reader<T> {
		T read(IndexSearcher searcher) throws IOException;
	}

	/**
	 * Lucene warns on every start that the JDK's incubating vector module is not enabled; the store's index holds no
	 * vectors, so the warning only alarms users of the command line. Kept here so the logger is not collected.
	 */
	private static final Logger VECTOR_WARNING = quiet("org.apache.lucene.internal.vectorization"); //$NON-NLS-1$

	private final StoreAnalyzers analyzers;
	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final Map<InventoryItem, Long> keys = new IdentityHashMap<>();
	private final Map<Long, InventoryItem> items = new ConcurrentHashMap<>();
	private final Set<InventoryItem> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
	private long next;

	private static Logger quiet(String name) {
		Logger l = Logger.getLogger(name);
		l.setLevel(Level.SEVERE);
		return l;
	}

	/** Indexes the items. */
	public ItemIndex(StoreAnalyzers analyzers, Collection<InventoryItem> all) {
		this.analyzers = analyzers;
		try {
			writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField()).setRAMBufferSizeMB(64));
			for (InventoryItem i : all) {
				long key = next++;
				keys.put(i, key);
				items.put(key, i);
				writer.addDocument(document(i, key));
			}
			searchers = new SearcherManager(writer, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The analysers. */
	public StoreAnalyzers analyzers() {
		return analyzers;
	}

	/** The item of an index key. */
	public InventoryItem item(long key) {
		return items.get(key);
	}

	/** Notes an item that was edited, added or removed. */
	public synchronized void changed(InventoryItem i) {
		dirty.add(i);
	}

	/** Brings the index up to date with the items noted; {@code inStore} tells which are still in the store. */
	public synchronized void sync(Predicate<InventoryItem> inStore) {
		if (dirty.isEmpty()) {
			return;
		}
		try {
			for (InventoryItem i : List.copyOf(dirty)) {
				Long key = keys.get(i);
				if (inStore.test(i)) {
					if (key == null) {
						key = next++;
						keys.put(i, key);
						items.put(key, i);
					}
					writer.updateDocument(new Term(StoreAnalyzers.KEY, Long.toString(key)), document(i, key));
				} else if (key != null) {
					writer.deleteDocuments(new Term(StoreAnalyzers.KEY, Long.toString(key)));
					keys.remove(i);
					items.remove(key);
				}
			}
			dirty.clear();
			searchers.maybeRefreshBlocking();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Runs a read on the current searcher. */
	public <T> T read(Reader<T> reader) {
		try {
			IndexSearcher s = searchers.acquire();
			try {
				return reader.read(s);
			} finally {
				searchers.release(s);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Document document(InventoryItem i, long key) {
		Document d = new Document();
		d.add(new StringField(StoreAnalyzers.KEY, Long.toString(key), Store.NO));
		d.add(new NumericDocValuesField(StoreAnalyzers.KEY, key));
		String code = i.getCode() == null ? "" : i.getCode(); //$NON-NLS-1$
		d.add(new StringField(StoreAnalyzers.CODE, lower(code), Store.NO));
		d.add(new SortedDocValuesField(StoreAnalyzers.CODE_SORT, new BytesRef(code)));
		StringBuilder zhMore = new StringBuilder();
		StringBuilder enMore = new StringBuilder();
		for (String t : i.getTags()) {
			(StoreAnalyzers.isHan(t) ? zhMore : enMore).append(t).append(' ');
			keyword(d, StoreAnalyzers.PERIOD, t);
		}
		for (String s : new String[] { i.getPeriod(), i.getStyle(), i.getColour() }) {
			if (s != null) {
				enMore.append(s).append(' ');
			}
		}
		text(d, StoreAnalyzers.ZH, i.getNameZh());
		text(d, StoreAnalyzers.ZH_MORE, zhMore.toString());
		text(d, StoreAnalyzers.ZH_GRAMS, (i.getNameZh() == null ? "" : i.getNameZh()) + ' ' + zhMore); //$NON-NLS-1$
		text(d, StoreAnalyzers.EN, i.getNameEn());
		text(d, StoreAnalyzers.EN_MORE, enMore.toString());
		keyword(d, StoreAnalyzers.KIND, i.getKind() == null ? null : i.getKind().getName());
		keyword(d, StoreAnalyzers.PERIOD, i.getPeriod());
		keyword(d, StoreAnalyzers.STYLE, i.getStyle());
		keyword(d, StoreAnalyzers.SIZE, i.getSize());
		keyword(d, StoreAnalyzers.COLOUR, i.getColour() == null ? null : Colours.normalise(i.getColour()));
		keyword(d, StoreAnalyzers.CONDITION, i.getCondition() == null ? null : i.getCondition().getName());
		return d;
	}

	private static void text(Document d, String field, String value) {
		if (value != null && !value.isBlank()) {
			d.add(new TextField(field, value, Store.NO));
		}
	}

	private static void keyword(Document d, String field, String value) {
		if (value != null && !value.isBlank()) {
			d.add(new StringField(field, lower(value), Store.NO));
		}
	}

	/** Lower case, trimmed: how keyword fields are kept and filters compared. */
	public static String lower(String s) {
		return s.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}
}
