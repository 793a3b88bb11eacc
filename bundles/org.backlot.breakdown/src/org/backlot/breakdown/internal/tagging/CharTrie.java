// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.tagging;

import java.util.HashMap;
import java.util.Map;

/**
 * A trie over characters, for the longest listed Chinese word starting at a
 * position of a text; ASCII letters match in either case ("T恤", "t恤").
 */
final class CharTrie<T> {
	private final Node<T> root = new Node<>();

	/** A trie node; {@code value} is set where a listed word ends. */
	static final class Node<T> {
		private Map<Character, Node<T>> next;
		T value;
	}

	/** The longest word found: characters [from, end) and its value. */
	record Match<T>(int end, T value) {
	}

	/** The node for a word, created when missing. */
	Node<T> node(String word) {
		Node<T> n = root;
		for (int i = 0; i < word.length(); i++) {
			if (n.next == null) {
				n.next = new HashMap<>(4);
			}
			n = n.next.computeIfAbsent(fold(word.charAt(i)), k -> new Node<>());
		}
		return n;
	}

	private static char fold(char c) {
		return c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
	}

	/** The longest listed word starting at {@code from}, or null. */
	Match<T> longest(CharSequence text, int from) {
		Node<T> n = root;
		Match<T> best = null;
		for (int i = from; i < text.length(); i++) {
			n = n.next == null ? null : n.next.get(fold(text.charAt(i)));
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
