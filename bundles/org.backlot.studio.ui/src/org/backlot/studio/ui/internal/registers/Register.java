// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.util.List;
import java.util.Locale;

import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Registers;
import org.eclipse.swt.widgets.Composite;

/**
 * One register of the studio as the registers view shows it: its columns, its
 * filter controls and the search that gives the records to list.
 */
abstract class Register {
	private final Registers.Kind kind;

	Register(Registers.Kind kind) {
		this.kind = kind;
	}

	/** The register's kind, as CSV import and export name it. */
	final Registers.Kind kind() {
		return kind;
	}

	/** The register's name. */
	final String title() {
		return field("register"); //$NON-NLS-1$
	}

	/** The search field's hint. */
	final String searchHint() {
		return field("search"); //$NON-NLS-1$
	}

	private String field(String prefix) {
		try {
			return (String) Messages.class.getField(prefix + kind.name()).get(null);
		} catch (ReflectiveOperationException e) {
			return kind.key();
		}
	}

	/** The columns. */
	abstract List<Column> columns();

	/** Adds the filter controls to the bar; {@code changed} runs the search again. */
	abstract void createFilters(Composite bar, Runnable changed);

	/** Fills the filter controls' choices from the studio (when it changed). */
	void studioChanged(Studio s) {
	}

	/** Sets every filter to "any". */
	abstract void clearFilters();

	/** All the studio's records of the register, in the studio's order. */
	abstract List<? extends StudioResource> all(Studio s);

	/** The records that match the search text and the filters, in the register's order (best first for a full-text search). */
	abstract List<? extends StudioResource> search(Studio s, String text);

	/** What the last search waits for (the store's index being built), or null when its result is complete. */
	String waiting() {
		return null;
	}

	/** Whether a record belongs to the register. */
	abstract boolean holds(StudioResource r);

	/** Whether every word of the text is in one of the strings (any case). */
	static boolean containsAll(String text, String... fields) {
		String q = text.strip().toLowerCase(Locale.ROOT);
		if (q.isEmpty()) {
			return true;
		}
		StringBuilder all = new StringBuilder();
		for (String f : fields) {
			if (f != null) {
				all.append(f.toLowerCase(Locale.ROOT)).append(' ');
			}
		}
		for (String w : q.split("\\s+")) { //$NON-NLS-1$
			if (all.indexOf(w) < 0) {
				return false;
			}
		}
		return true;
	}
}
