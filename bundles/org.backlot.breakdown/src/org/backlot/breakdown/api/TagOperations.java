// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.Scene;

/**
 * What a person does to the breakdown: tag a span, confirm, reject or
 * re-categorise a tag, add or remove an element in a scene. Plain model
 * changes; the UI runs each inside one undoable command.
 */
public final class TagOperations {
	private TagOperations() {
	}

	/** Tags a span of a paragraph as an element of a category (confirmed); returns the occurrence. */
	public static ElementOccurrence tag(Production p, Category category, Paragraph paragraph, int start, int length) {
		Scene scene = (Scene) paragraph.eContainer();
		String text = paragraph.getText().substring(start, start + length);
		for (ElementOccurrence o : occurrences(p.getBreakdown(), scene)) {
			if (o.getParagraph() == paragraph && start < o.getStart() + o.getLength() && o.getStart() < start + length) {
				reject(p, o);
			}
		}
		return new AutoBreakdown(p).occur(category, elementName(text), scene, paragraph, start, length, 1, true);
	}

	/** Adds an element to a scene without a span (the sheet's "Add element"). */
	public static ElementOccurrence add(Production p, Category category, String name, Scene scene) {
		return new AutoBreakdown(p).occur(category, name.strip(), scene, null, 0, 0, 1, true);
	}

	/** Confirms a suggested tag. */
	public static void confirm(ElementOccurrence o) {
		o.setConfirmed(true);
		o.setConfidence(1);
	}

	/** Confirms every suggestion in a scene; returns how many. */
	public static int confirmAll(Production p, Scene scene) {
		int n = 0;
		for (ElementOccurrence o : occurrences(p.getBreakdown(), scene)) {
			if (!o.isConfirmed()) {
				confirm(o);
				n++;
			}
		}
		return n;
	}

	/** Removes a tag; an element left with no occurrence goes too. */
	public static void reject(Production p, ElementOccurrence o) {
		Element e = (Element) o.eContainer();
		e.getOccurrences().remove(o);
		if (e.getOccurrences().isEmpty()) {
			p.getBreakdown().getExtras().removeIf(r -> e.getName().equals(r.getDescription()));
			p.getBreakdown().getElements().remove(e);
		}
	}

	/** Moves a tag to the element of the same name in another category (confirmed). */
	public static ElementOccurrence recategorise(Production p, ElementOccurrence o, Category to) {
		Element from = (Element) o.eContainer();
		String name = from.getName();
		Scene scene = o.getScene();
		Paragraph paragraph = o.getParagraph();
		int start = o.getStart();
		int length = o.getLength();
		reject(p, o);
		return new AutoBreakdown(p).occur(to, name, scene, paragraph, start, length, 1, true);
	}

	/** Removes an element from a scene (all its occurrences there). */
	public static void removeFromScene(Production p, Element e, Scene scene) {
		for (ElementOccurrence o : new ArrayList<>(e.getOccurrences())) {
			if (o.getScene() == scene) {
				reject(p, o);
			}
		}
	}

	/** Every occurrence in a scene. */
	public static List<ElementOccurrence> occurrences(Breakdown b, Scene scene) {
		List<ElementOccurrence> result = new ArrayList<>();
		if (b != null) {
			for (Element e : b.getElements()) {
				for (ElementOccurrence o : e.getOccurrences()) {
					if (o.getScene() == scene) {
						result.add(o);
					}
				}
			}
		}
		return result;
	}

	/** An element name from tagged text: whitespace folded; capitals as in a list ("JOHN" and "john" give "John", "old watch" gives "Old watch"). */
	public static String elementName(String text) {
		String s = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		if (s.codePoints().anyMatch(c -> c > 0x2e80) || s.chars().noneMatch(Character::isLetter)) {
			return s;
		}
		if (s.equals(s.toLowerCase(Locale.ROOT))) {
			return Character.toUpperCase(s.charAt(0)) + s.substring(1);
		}
		if (!s.equals(s.toUpperCase(Locale.ROOT))) {
			return s;
		}
		StringBuilder b = new StringBuilder(s.length());
		boolean start = true;
		for (char c : s.toCharArray()) {
			b.append(start ? c : Character.toLowerCase(c));
			start = !Character.isLetter(c) && c != '\'';
		}
		return b.toString();
	}
}
