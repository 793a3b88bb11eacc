// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.HashMap;
import java.util.Map;

/** A trie over lower-case words, for the longest listed phrase starting at a word of a text. */
final class WordTrie<T> {
	private final Node<T> root = new Node<>();

	/** A trie node; {@code value} is set where a listed phrase ends. */
	static final class Node<T> {
		private Map<String, Node<T>> next;
		T value;
	}

	/** The longest phrase found: words [from, end) and its value. */
	record Match<T>(int end, T value) {
	}

	/** The node for a phrase of lower-case words, created when missing. */
	Node<T> node(String[] words) {
		Node<T> n = root;
		for (String w : words) {
			if (n.next == null) {
				n.next = new HashMap<>(4);
			}
			n = n.next.computeIfAbsent(w, k -> new Node<>());
		}
		return n;
	}

	/** The longest listed phrase starting at word {@code from}, its words joined by spaces or hyphens; or null. */
	Match<T> longest(Tokens t, int from) {
		Node<T> n = root;
		Match<T> best = null;
		for (int i = from; i < t.size(); i++) {
			if (i > from && !t.joined(i - 1)) {
				break;
			}
			n = n.next == null ? null : n.next.get(t.lower(i));
			if (n == null) {
				break;
			}
			if (n.value != null) {
				best = new Match<>(i + 1, n.value);
			}
		}
		return best;
	}
}
