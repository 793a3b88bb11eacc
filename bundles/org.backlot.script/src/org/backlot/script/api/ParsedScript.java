// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import java.util.ArrayList;
import java.util.List;

/**
 * What an importer read from a screenplay file, before it becomes part of a
 * production: title page, elements in order, tags the file carries, and the
 * warnings the user should see.
 */
public final class ParsedScript {
	private final String format;
	private final List<TitleEntry> titlePage = new ArrayList<>();
	private final List<ScriptElement> elements = new ArrayList<>();
	private final List<ImportedTag> tags = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private String charset;
	private int pageCount;

	/** Creates an empty result for the importer with the given id. */
	public ParsedScript(String format) {
		this.format = format;
	}

	/** Id of the importer that read it ("fountain", "fdx", "pdf", ...). */
	public String format() {
		return format;
	}

	/** Title-page entries in file order (mutable). */
	public List<TitleEntry> titlePage() {
		return titlePage;
	}

	/** The elements in reading order (mutable). */
	public List<ScriptElement> elements() {
		return elements;
	}

	/** Tags stored in the file (mutable). */
	public List<ImportedTag> tags() {
		return tags;
	}

	/** Warnings for the user, in plain words (mutable). */
	public List<String> warnings() {
		return warnings;
	}

	/** The character set a text file was read in, or null for binary formats. */
	public String charset() {
		return charset;
	}

	/** Records the character set a text file was read in. */
	public void setCharset(String charset) {
		this.charset = charset;
	}

	/** Number of real pages (PDF), or 0 when the format has none. */
	public int pageCount() {
		return pageCount;
	}

	/** Records the number of real pages. */
	public void setPageCount(int pageCount) {
		this.pageCount = pageCount;
	}

	/** The first title-page value for a key (case-insensitive), or null. */
	public String title(String key) {
		for (TitleEntry e : titlePage) {
			if (e.key().equalsIgnoreCase(key)) {
				return e.value();
			}
		}
		return null;
	}

	/** Adds an element. */
	public void add(ScriptElement element) {
		elements.add(element);
	}
}
