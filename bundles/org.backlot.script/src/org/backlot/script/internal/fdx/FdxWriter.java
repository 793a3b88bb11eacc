// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.TitleEntry;

/**
 * Writes a script as a Final Draft file (FDX, version 5): one paragraph per
 * element with scene numbers, dual dialogue nested in {@code <DualDialogue>},
 * notes attached to the paragraph before them as {@code <ScriptNote>}, a
 * synopsis right after a heading as its scene summary, page breaks as
 * {@code StartsNewPage}, the title page, and {@code <TagData>} for the tags.
 * {@link FdxImporter} reads it back to the same elements and tags.
 */
public final class FdxWriter {
	private static final String UTF8 = "UTF-8"; //$NON-NLS-1$
	private static final String PARAGRAPH = "Paragraph"; //$NON-NLS-1$
	private static final Set<String> CENTRED_KEYS = Set.of("title", "credit", "author", "authors", "source"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private final XMLStreamWriter w;
	private final List<ScriptElement> elements;
	private final FdxTagWriter tags;
	private boolean pageBreak;
	private int noteId;

	private FdxWriter(XMLStreamWriter w, ParsedScript script) {
		this.w = w;
		this.elements = script.elements();
		this.tags = new FdxTagWriter(script.tags(), elements);
	}

	/** Writes the script to the stream (which stays open). */
	public static void write(ParsedScript script, OutputStream out) throws IOException {
		try {
			XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, UTF8);
			FdxWriter writer = new FdxWriter(w, script);
			w.writeStartDocument(UTF8, "1.0"); //$NON-NLS-1$
			w.writeCharacters("\n"); //$NON-NLS-1$
			w.writeStartElement("FinalDraft"); //$NON-NLS-1$
			w.writeAttribute("DocumentType", "Script"); //$NON-NLS-1$ //$NON-NLS-2$
			w.writeAttribute("Template", "No"); //$NON-NLS-1$ //$NON-NLS-2$
			w.writeAttribute("Version", "5"); //$NON-NLS-1$ //$NON-NLS-2$
			writer.content();
			writer.titlePage(script.titlePage());
			writer.tags.write(w);
			w.writeCharacters("\n"); //$NON-NLS-1$
			w.writeEndElement();
			w.writeCharacters("\n"); //$NON-NLS-1$
			w.writeEndDocument();
			w.flush();
			w.close();
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private void content() throws XMLStreamException {
		indent(1);
		w.writeStartElement("Content"); //$NON-NLS-1$
		int i = 0;
		while (i < elements.size()) {
			ScriptElement e = elements.get(i);
			if (e.type() == ElementType.PAGE_BREAK) {
				if (pageBreak) {
					emptyParagraph(2); // two breaks in a row: the first gets a paragraph of its own
				}
				pageBreak = true;
				i++;
			} else if (e.type() == ElementType.NOTE) {
				emptyParagraph(2, i);
				i = notes(i, 3);
			} else if (e.type() == ElementType.CHARACTER && !e.dual() && dualPartner(i) >= 0) {
				i = dual(i, dualPartner(i));
			} else {
				i = paragraph(i, 2);
			}
		}
		if (pageBreak) {
			emptyParagraph(2);
		}
		indent(1);
		w.writeEndElement();
	}

	/** Index of the dual cue answering the speech that starts at i, or -1. */
	private int dualPartner(int i) {
		int j = speechEnd(i, false);
		return j < elements.size() && elements.get(j).type() == ElementType.CHARACTER && elements.get(j).dual() ? j : -1;
	}

	/** The index after the speech (cue, then dialogue, parentheticals, lyrics, notes) that starts at i. */
	private int speechEnd(int i, boolean dual) {
		int j = i + 1;
		while (j < elements.size()) {
			ScriptElement e = elements.get(j);
			boolean speech = e.type() == ElementType.DIALOGUE || e.type() == ElementType.PARENTHETICAL
					|| e.type() == ElementType.LYRIC;
			if (!(speech && e.dual() == dual) && e.type() != ElementType.NOTE) {
				break;
			}
			j++;
		}
		return j;
	}

	private int dual(int first, int second) throws XMLStreamException {
		int end = speechEnd(second, true);
		while (end < elements.size() && elements.get(end).type() == ElementType.CHARACTER && elements.get(end).dual()) {
			end = speechEnd(end, true);
		}
		indent(2);
		w.writeStartElement(PARAGRAPH);
		breakBefore();
		indent(3);
		w.writeStartElement("DualDialogue"); //$NON-NLS-1$
		int i = first;
		while (i < end) {
			i = paragraph(i, 4);
		}
		indent(3);
		w.writeEndElement();
		indent(2);
		w.writeEndElement();
		return end;
	}

	/** Writes element i as a paragraph with the synopsis and notes that follow it; returns the next index. */
	private int paragraph(int i, int depth) throws XMLStreamException {
		ScriptElement e = elements.get(i);
		indent(depth);
		w.writeStartElement(PARAGRAPH);
		if (e.type() == ElementType.HEADING && e.sceneNumber() != null && !e.sceneNumber().isBlank()) {
			w.writeAttribute("Number", e.sceneNumber()); //$NON-NLS-1$
		}
		w.writeAttribute("Type", FdxTypes.write(e.type(), e.depth())); //$NON-NLS-1$
		if (e.type() == ElementType.CENTERED) {
			w.writeAttribute("Alignment", "Center"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		breakBefore();
		int next = i + 1;
		if (e.type() == ElementType.HEADING && next < elements.size() && elements.get(next).type() == ElementType.SYNOPSIS) {
			indent(depth + 1);
			w.writeStartElement("SceneProperties"); //$NON-NLS-1$
			indent(depth + 2);
			w.writeStartElement("Summary"); //$NON-NLS-1$
			lines(elements.get(next).text(), depth + 3);
			indent(depth + 2);
			w.writeEndElement();
			indent(depth + 1);
			w.writeEndElement();
			next++;
		}
		next = notes(next, depth + 1);
		tags.texts(w, i, e.text(), depth + 1, this::indent);
		indent(depth);
		w.writeEndElement();
		return next;
	}

	/** Writes the notes from index i on as script notes; returns the index after them. */
	private int notes(int i, int depth) throws XMLStreamException {
		int j = i;
		while (j < elements.size() && elements.get(j).type() == ElementType.NOTE) {
			indent(depth);
			w.writeStartElement("ScriptNote"); //$NON-NLS-1$
			w.writeAttribute("ID", Integer.toString(++noteId)); //$NON-NLS-1$
			lines(elements.get(j).text(), depth + 1);
			indent(depth);
			w.writeEndElement();
			j++;
		}
		return j;
	}

	/** One paragraph per line of the text. */
	private void lines(String text, int depth) throws XMLStreamException {
		for (String line : text.split("\n", -1)) { //$NON-NLS-1$
			indent(depth);
			w.writeStartElement(PARAGRAPH);
			indent(depth + 1);
			w.writeStartElement("Text"); //$NON-NLS-1$
			w.writeCharacters(FdxTagWriter.clean(line));
			w.writeEndElement();
			indent(depth);
			w.writeEndElement();
		}
	}

	private void emptyParagraph(int depth) throws XMLStreamException {
		indent(depth);
		w.writeEmptyElement(PARAGRAPH);
		w.writeAttribute("Type", "General"); //$NON-NLS-1$ //$NON-NLS-2$
		breakBefore();
	}

	/** An empty paragraph carrying the notes that start at i (a note with no paragraph before it). */
	private void emptyParagraph(int depth, int notesAt) throws XMLStreamException {
		indent(depth);
		w.writeStartElement(PARAGRAPH);
		w.writeAttribute("Type", "General"); //$NON-NLS-1$ //$NON-NLS-2$
		breakBefore();
		notes(notesAt, depth + 1);
		indent(depth);
		w.writeEndElement();
	}

	private void breakBefore() throws XMLStreamException {
		if (pageBreak) {
			w.writeAttribute("StartsNewPage", "Yes"); //$NON-NLS-1$ //$NON-NLS-2$
			pageBreak = false;
		}
	}

	private void titlePage(List<TitleEntry> entries) throws XMLStreamException {
		if (entries.isEmpty()) {
			return;
		}
		indent(1);
		w.writeStartElement("TitlePage"); //$NON-NLS-1$
		indent(2);
		w.writeStartElement("Content"); //$NON-NLS-1$
		boolean first = true;
		for (TitleEntry entry : entries) {
			String alignment = CENTRED_KEYS.contains(entry.key()) ? "Center" : "Left"; //$NON-NLS-1$ //$NON-NLS-2$
			if (!first) {
				indent(3);
				w.writeEmptyElement(PARAGRAPH);
				w.writeAttribute("Alignment", alignment); //$NON-NLS-1$
			}
			first = false;
			for (String line : entry.value().split("\n")) { //$NON-NLS-1$
				indent(3);
				w.writeStartElement(PARAGRAPH);
				w.writeAttribute("Alignment", alignment); //$NON-NLS-1$
				indent(4);
				w.writeStartElement("Text"); //$NON-NLS-1$
				w.writeCharacters(FdxTagWriter.clean(line));
				w.writeEndElement();
				indent(3);
				w.writeEndElement();
			}
		}
		indent(2);
		w.writeEndElement();
		indent(1);
		w.writeEndElement();
	}

	private void indent(int depth) throws XMLStreamException {
		w.writeCharacters("\n"); //$NON-NLS-1$
		for (int i = 0; i < depth; i++) {
			w.writeCharacters("  "); //$NON-NLS-1$
		}
	}
}
