// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.backlot.script.api.ImportedTag;
import org.backlot.script.api.ScriptElement;

/**
 * Writes the text runs of paragraphs with their {@code TagNumber}s and the
 * {@code <TagData>} that defines them: a category per category name, an element
 * definition per (category, name), and a numbered tag per tagged run listing
 * every element that covers the run. Ids are UUIDs derived from the names, so
 * the same script gives the same file.
 */
final class FdxTagWriter {
	/** Writes line breaks and indentation. */
	@FunctionalInterface
	interface Indent {
		void at(int depth) throws XMLStreamException;
	}

	/** An element definition: its id, its category's id, its name. */
	private record Definition(String id, String categoryId, String label) {
	}

	private final Map<Integer, List<ImportedTag>> byElement = new HashMap<>();
	private final Map<String, String> categories = new LinkedHashMap<>();
	private final Map<String, Definition> definitions = new LinkedHashMap<>();
	private final List<List<String>> numbered = new ArrayList<>();

	FdxTagWriter(List<ImportedTag> tags, List<ScriptElement> elements) {
		for (ImportedTag t : tags) {
			if (t.element() < 0 || t.element() >= elements.size() || t.length() <= 0 || t.start() < 0
					|| t.start() + t.length() > elements.get(t.element()).text().length()) {
				continue;
			}
			byElement.computeIfAbsent(t.element(), k -> new ArrayList<>()).add(t);
		}
	}

	/** Writes the runs of element {@code index}, split where tags start and end. */
	void texts(XMLStreamWriter w, int index, String text, int depth, Indent indent) throws XMLStreamException {
		List<ImportedTag> tags = byElement.get(index);
		if (tags == null) {
			run(w, text, null, depth, indent);
			return;
		}
		TreeSet<Integer> cuts = new TreeSet<>();
		cuts.add(0);
		cuts.add(text.length());
		for (ImportedTag t : tags) {
			cuts.add(t.start());
			cuts.add(t.start() + t.length());
		}
		Integer from = cuts.first();
		for (Integer to : cuts.tailSet(from, false)) {
			List<String> ids = new ArrayList<>(1);
			for (ImportedTag t : tags) {
				if (t.start() <= from && t.start() + t.length() >= to) {
					ids.add(definition(t).id());
				}
			}
			String number = null;
			if (!ids.isEmpty()) {
				numbered.add(ids);
				number = Integer.toString(numbered.size());
			}
			run(w, text.substring(from, to), number, depth, indent);
			from = to;
		}
	}

	private static void run(XMLStreamWriter w, String text, String number, int depth, Indent indent) throws XMLStreamException {
		indent.at(depth);
		w.writeStartElement("Text"); //$NON-NLS-1$
		if (number != null) {
			w.writeAttribute("TagNumber", number); //$NON-NLS-1$
		}
		w.writeCharacters(clean(text));
		w.writeEndElement();
	}

	private Definition definition(ImportedTag t) {
		String category = t.category() == null ? "" : t.category(); //$NON-NLS-1$
		String name = t.name() == null ? "" : t.name(); //$NON-NLS-1$
		String categoryId = categories.computeIfAbsent(category, c -> uuid("category\0" + c)); //$NON-NLS-1$
		return definitions.computeIfAbsent(category + '\0' + name,
				k -> new Definition(uuid("element\0" + k), categoryId, name)); //$NON-NLS-1$
	}

	/** Writes {@code <TagData>} when some run was tagged. */
	void write(XMLStreamWriter w) throws XMLStreamException {
		if (numbered.isEmpty()) {
			return;
		}
		nl(w, 1);
		w.writeStartElement("TagData"); //$NON-NLS-1$
		nl(w, 2);
		w.writeStartElement("TagCategories"); //$NON-NLS-1$
		int n = 0;
		for (Map.Entry<String, String> c : categories.entrySet()) {
			nl(w, 3);
			w.writeEmptyElement("TagCategory"); //$NON-NLS-1$
			w.writeAttribute("Color", "#000000000000"); //$NON-NLS-1$ //$NON-NLS-2$
			w.writeAttribute("Id", c.getValue()); //$NON-NLS-1$
			w.writeAttribute("Name", clean(c.getKey())); //$NON-NLS-1$
			w.writeAttribute("Number", Integer.toString(++n)); //$NON-NLS-1$
			w.writeAttribute("Style", "Bold"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		nl(w, 2);
		w.writeEndElement();
		nl(w, 2);
		w.writeStartElement("TagDefinitions"); //$NON-NLS-1$
		n = 0;
		for (Definition d : definitions.values()) {
			nl(w, 3);
			w.writeEmptyElement("TagDefinition"); //$NON-NLS-1$
			w.writeAttribute("CatId", d.categoryId()); //$NON-NLS-1$
			w.writeAttribute("Id", d.id()); //$NON-NLS-1$
			w.writeAttribute("Label", clean(d.label())); //$NON-NLS-1$
			w.writeAttribute("Number", Integer.toString(++n)); //$NON-NLS-1$
		}
		nl(w, 2);
		w.writeEndElement();
		nl(w, 2);
		w.writeStartElement("Tags"); //$NON-NLS-1$
		for (int i = 0; i < numbered.size(); i++) {
			nl(w, 3);
			w.writeStartElement("Tag"); //$NON-NLS-1$
			w.writeAttribute("Number", Integer.toString(i + 1)); //$NON-NLS-1$
			for (String id : numbered.get(i)) {
				nl(w, 4);
				w.writeStartElement("DefId"); //$NON-NLS-1$
				w.writeCharacters(id);
				w.writeEndElement();
			}
			nl(w, 3);
			w.writeEndElement();
		}
		nl(w, 2);
		w.writeEndElement();
		nl(w, 1);
		w.writeEndElement();
	}

	private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
		w.writeCharacters("\n" + "  ".repeat(depth)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String uuid(String seed) {
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** The text with characters XML 1.0 cannot hold replaced by spaces (so offsets stay). */
	static String clean(String s) {
		StringBuilder b = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean ok = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)
					|| (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
					|| (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
			if (!ok) {
				if (b == null) {
					b = new StringBuilder(s);
				}
				b.setCharAt(i, ' ');
			}
		}
		return b == null ? s : b.toString();
	}
}
