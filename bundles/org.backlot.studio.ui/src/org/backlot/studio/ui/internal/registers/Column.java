// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.backlot.model.studio.StudioResource;
import org.eclipse.emf.ecore.EAttribute;

/**
 * A column of a register table: its title, width, the text of a record, and
 * how records sort by it (numbers as numbers, words in the language's order:
 * pinyin for Chinese), and the attribute a cell edit sets (null: not editable).
 */
record Column(String title, int width, Function<StudioResource, String> text, Comparator<StudioResource> order, EAttribute feature) {
	Column(String title, int width, Function<StudioResource, String> text, Comparator<StudioResource> order) {
		this(title, width, text, order, null);
	}

	/** The same column, edited in the table as the attribute (text, number or a list written with commas). */
	Column editable(EAttribute f) {
		return new Column(title, width, text, order, f);
	}

	/** A text column sorted by the language's collation. */
	static <T extends StudioResource> Column text(String title, int width, Class<T> type, Function<T, String> text) {
		Function<StudioResource, String> f = r -> {
			String s = text.apply(type.cast(r));
			return s == null ? "" : s; //$NON-NLS-1$
		};
		Collator collator = Collator.getInstance(Locale.getDefault());
		return new Column(title, width, f, Comparator.comparing(f, collator));
	}

	/** A number column sorted by value; {@code format} gives its text. */
	static <T extends StudioResource> Column number(String title, int width, Class<T> type, ToDoubleFunction<T> value, Function<T, String> format) {
		return new Column(title, width, r -> format.apply(type.cast(r)), Comparator.comparingDouble(r -> value.applyAsDouble(type.cast(r))));
	}
}
