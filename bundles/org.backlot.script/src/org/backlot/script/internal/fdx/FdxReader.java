// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.internal.layout.TitlePageReader;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the XML of one Final Draft file with StAX, DTDs and external entities
 * off. Only the paragraphs directly under {@code <Content>} (and inside
 * {@code <DualDialogue>}) are script; paragraphs nested elsewhere (scene
 * properties, notes, headers) are not.
 */
final class FdxReader {
	private static final String PARAGRAPH = "Paragraph"; //$NON-NLS-1$
	private final XMLStreamReader x;
	private final XmlCursor c;
	private final String name;
	private final ParsedScript script = new ParsedScript(FdxImporter.ID);
	private final FdxTags tags = new FdxTags();
	private final List<String> looseNotes = new ArrayList<>();
	private final Set<String> unknownTypes = new LinkedHashSet<>();
	private final List<TitlePageReader.Line> titleLines = new ArrayList<>();

	/** Counts the cues inside one {@code <DualDialogue>}: from the second on, the speech is dual. */
	private static final class Dual {
		int cues;
	}

	private FdxReader(XMLStreamReader x, String name) {
		this.x = x;
		this.c = new XmlCursor(x);
		this.name = name;
	}

	/** Reads a file's bytes. */
	static ParsedScript read(byte[] bytes, String name) throws ScriptFormatException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setXMLReporter((message, type, info, location) -> {
			// problems reach the user through the exception, not the console
		});
		XMLStreamReader reader = null;
		try {
			String utf8 = Utf8.decode(bytes, name);
			reader = utf8 != null ? factory.createXMLStreamReader(new StringReader(utf8))
					: factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
			return new FdxReader(reader, name).document();
		} catch (XMLStreamException e) {
			throw malformed(name, e);
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException e) {
					// nothing left to release
				}
			}
		}
	}

	private static ScriptFormatException malformed(String name, XMLStreamException e) {
		String message = String.valueOf(e.getMessage());
		int at = message.indexOf("Message: "); //$NON-NLS-1$
		if (at >= 0) {
			message = message.substring(at + "Message: ".length()); //$NON-NLS-1$
		}
		message = message.strip();
		if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
			return new ScriptFormatException(
					NLS.bind(Messages.notWellFormed, new Object[] { name, e.getLocation().getLineNumber(), message }), e);
		}
		return new ScriptFormatException(NLS.bind(Messages.notWellFormedNoLine, name, message), e);
	}

	private ParsedScript document() throws XMLStreamException, ScriptFormatException {
		while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
			// prolog: declaration, comments, white space
		}
		if (!x.isStartElement()) {
			throw new ScriptFormatException(NLS.bind(Messages.noContent, name));
		}
		if (!"FinalDraft".equals(c.name())) { //$NON-NLS-1$
			throw new ScriptFormatException(NLS.bind(Messages.notFinalDraft, name, c.name()));
		}
		boolean content = false;
		while (c.nextChild()) {
			switch (c.name()) {
			case "Content" -> { //$NON-NLS-1$
				content = true;
				while (c.nextChild()) {
					if (PARAGRAPH.equals(c.name())) {
						paragraph(null);
					} else {
						c.skip();
					}
				}
			}
			case "TitlePage" -> titlePage(); //$NON-NLS-1$
			case "TagData" -> tagData(); //$NON-NLS-1$
			case "ScriptNotes" -> scriptNotes(); //$NON-NLS-1$
			default -> c.skip();
			}
		}
		while (x.hasNext()) {
			x.next(); // the rest must be well-formed too
		}
		if (!content) {
			throw new ScriptFormatException(NLS.bind(Messages.noContent, name));
		}
		finish();
		return script;
	}

	private void finish() {
		for (String note : looseNotes) {
			script.add(ScriptElement.of(ElementType.NOTE, note));
		}
		if (!looseNotes.isEmpty()) {
			script.warnings().add(NLS.bind(Messages.looseNotes, looseNotes.size()));
		}
		script.tags().addAll(tags.resolve());
		if (tags.missing()) {
			script.warnings().add(Messages.unknownTag);
		}
		for (String type : unknownTypes) {
			script.warnings().add(NLS.bind(Messages.unknownType, type));
		}
		script.titlePage().addAll(TitlePageReader.read(titleLines));
	}

	/** Reads a content paragraph and emits its element, then its synopsis and notes. */
	private void paragraph(Dual dual) throws XMLStreamException {
		String type = c.attr("Type"); //$NON-NLS-1$
		String number = c.attr("Number"); //$NON-NLS-1$
		String alignment = c.attr("Alignment"); //$NON-NLS-1$
		if ("Yes".equalsIgnoreCase(c.attr("StartsNewPage")) && !script.elements().isEmpty()) { //$NON-NLS-1$ //$NON-NLS-2$
			script.add(ScriptElement.of(ElementType.PAGE_BREAK, "")); //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder();
		List<int[]> runs = new ArrayList<>(0);
		List<String> runTags = new ArrayList<>(0);
		List<String> notes = new ArrayList<>(0);
		String synopsis = null;
		while (c.nextChild()) {
			switch (c.name()) {
			case "Text" -> { //$NON-NLS-1$
				String tag = c.attr("TagNumber"); //$NON-NLS-1$
				String run = c.text();
				if (tag != null && !tag.isBlank() && !run.isEmpty()) {
					runs.add(new int[] { text.length(), run.length() });
					runTags.add(tag);
				}
				text.append(run);
			}
			case "DualDialogue" -> { //$NON-NLS-1$
				if (dual != null) {
					c.skip(); // not nested deeper
					continue;
				}
				Dual inner = new Dual();
				while (c.nextChild()) {
					if (PARAGRAPH.equals(c.name())) {
						paragraph(inner);
					} else {
						c.skip();
					}
				}
			}
			case "ScriptNote" -> notes.add(c.paragraphsText()); //$NON-NLS-1$
			case "SceneProperties" -> synopsis = summary(); //$NON-NLS-1$
			default -> c.skip();
			}
		}
		String body = text.toString().stripTrailing();
		if (!body.isBlank()) {
			ScriptElement e = element(type, alignment, body, number);
			if (dual != null && e.type() == ElementType.CHARACTER) {
				dual.cues++;
			}
			if (dual != null && dual.cues >= 2) {
				e = e.asDual();
			}
			script.add(e);
			int index = script.elements().size() - 1;
			for (int i = 0; i < runs.size(); i++) {
				int start = runs.get(i)[0];
				int length = Math.min(runs.get(i)[1], body.length() - start);
				if (length > 0) {
					tags.run(index, start, length, runTags.get(i));
				}
			}
		}
		if (synopsis != null && !synopsis.isBlank()) {
			script.add(ScriptElement.of(ElementType.SYNOPSIS, synopsis));
		}
		for (String note : notes) {
			if (!note.isBlank()) {
				script.add(ScriptElement.of(ElementType.NOTE, note));
			}
		}
	}

	private ScriptElement element(String type, String alignment, String text, String number) {
		ElementType t = FdxTypes.read(type, alignment);
		if (t == null) {
			unknownTypes.add(type);
			t = ElementType.ACTION;
		}
		if (t == ElementType.SECTION) {
			return new ScriptElement(t, text, null, false, FdxTypes.depth(type), Double.NaN);
		}
		String scene = t == ElementType.HEADING && number != null && !number.isBlank() ? number.strip() : null;
		return new ScriptElement(t, text, scene, false, 0, Double.NaN);
	}

	private String summary() throws XMLStreamException {
		String result = null;
		while (c.nextChild()) {
			if ("Summary".equals(c.name())) { //$NON-NLS-1$
				result = c.paragraphsText();
			} else {
				c.skip();
			}
		}
		return result;
	}

	private void titlePage() throws XMLStreamException {
		while (c.nextChild()) {
			if (!"Content".equals(c.name())) { //$NON-NLS-1$
				c.skip();
				continue;
			}
			boolean blank = true;
			while (c.nextChild()) {
				if (!PARAGRAPH.equals(c.name())) {
					c.skip();
					continue;
				}
				String alignment = c.attr("Alignment"); //$NON-NLS-1$
				String text = c.runsText();
				if (text.isBlank()) {
					blank = true;
					continue;
				}
				TitlePageReader.Align align = "Center".equalsIgnoreCase(alignment) ? TitlePageReader.Align.CENTER //$NON-NLS-1$
						: "Right".equalsIgnoreCase(alignment) ? TitlePageReader.Align.RIGHT : TitlePageReader.Align.LEFT; //$NON-NLS-1$
				for (String line : text.split("\n")) { //$NON-NLS-1$
					if (!line.isBlank()) {
						titleLines.add(new TitlePageReader.Line(line.strip(), align, blank));
						blank = false;
					}
				}
			}
		}
	}

	private void tagData() throws XMLStreamException {
		while (c.nextChild()) {
			switch (c.name()) {
			case "TagCategories", "TagDefinitions", "Tags" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				while (c.nextChild()) {
					switch (c.name()) {
					case "TagCategory" -> { //$NON-NLS-1$
						tags.category(c.attr("Id"), c.attr("Name")); //$NON-NLS-1$ //$NON-NLS-2$
						c.skip();
					}
					case "TagDefinition" -> { //$NON-NLS-1$
						tags.definition(c.attr("Id"), c.attr("CatId"), //$NON-NLS-1$ //$NON-NLS-2$
								c.attr("Label")); //$NON-NLS-1$
						c.skip();
					}
					case "Tag" -> { //$NON-NLS-1$
						String number = c.attr("Number"); //$NON-NLS-1$
						while (c.nextChild()) {
							if ("DefId".equals(c.name())) { //$NON-NLS-1$
								tags.tag(number, c.text());
							} else {
								c.skip();
							}
						}
					}
					default -> c.skip();
					}
				}
			}
			default -> c.skip();
			}
		}
	}

	private void scriptNotes() throws XMLStreamException {
		while (c.nextChild()) {
			if ("ScriptNote".equals(c.name())) { //$NON-NLS-1$
				String note = c.paragraphsText();
				if (!note.isBlank()) {
					looseNotes.add(note);
				}
			} else {
				c.skip();
			}
		}
	}

}
