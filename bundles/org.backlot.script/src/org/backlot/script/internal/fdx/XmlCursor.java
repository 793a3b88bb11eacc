// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Walks a StAX reader element by element, the way Final Draft files nest: children, runs of text, skipped subtrees. */
final class XmlCursor {
	private static final String PARAGRAPH = "Paragraph"; //$NON-NLS-1$
	private static final String TEXT = "Text"; //$NON-NLS-1$
	private final XMLStreamReader x;

	XmlCursor(XMLStreamReader x) {
		this.x = x;
	}

	/** The local name of the current element. */
	String name() {
		return x.getLocalName();
	}

	/** An attribute of the current element, or null. */
	String attr(String name) {
		return x.getAttributeValue(null, name);
	}

	/** Moves to the next child element of the current one; false (at its end tag) when there is none. */
	boolean nextChild() throws XMLStreamException {
		while (x.hasNext()) {
			int event = x.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
		return false;
	}

	/** Skips the current element and everything in it. */
	void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0 && x.hasNext()) {
			int event = x.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/** The character data of the current element (nested elements skipped), line ends as '\n'. */
	String text() throws XMLStreamException {
		StringBuilder b = new StringBuilder();
		int depth = 1;
		while (depth > 0 && x.hasNext()) {
			int event = x.next();
			switch (event) {
			case XMLStreamConstants.START_ELEMENT -> depth++;
			case XMLStreamConstants.END_ELEMENT -> depth--;
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
				if (depth == 1) {
					b.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
				}
			}
			default -> {
				// comments, processing instructions, unresolved entity references
			}
			}
		}
		for (int i = 0; i < b.length(); i++) {
			if (b.charAt(i) == '\r') {
				b.setCharAt(i, '\n');
			}
		}
		return b.toString();
	}
	/** The text of the paragraphs inside a note or summary, one line each. */
	String paragraphsText() throws XMLStreamException {
		StringBuilder b = new StringBuilder();
		while (nextChild()) {
			if (!PARAGRAPH.equals(x.getLocalName())) {
				skip();
				continue;
			}
			String line = runsText().stripTrailing();
			if (!line.isBlank()) {
				if (b.length() > 0) {
					b.append('\n');
				}
				b.append(line);
			}
		}
		return b.toString();
	}

	/** The text runs of the current paragraph, concatenated; other children skipped. */
	String runsText() throws XMLStreamException {
		StringBuilder b = new StringBuilder();
		while (nextChild()) {
			if (TEXT.equals(x.getLocalName())) {
				b.append(text());
			} else {
				skip();
			}
		}
		return b.toString();
	}

}
