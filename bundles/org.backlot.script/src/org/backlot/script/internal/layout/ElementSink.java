// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ScriptElement;

/** Collects elements line by line: a line either starts an element or joins the open one. */
final class ElementSink {
	private final List<ScriptElement> out = new ArrayList<>();
	private ElementType type;
	private final StringBuilder text = new StringBuilder();
	private String number;
	private boolean dual;
	private double page;

	/** Starts an element with its first line, closing the open one. */
	void start(ElementType t, String line, String sceneNumber, boolean isDual, double where) {
		flush();
		type = t;
		text.append(line);
		number = sceneNumber;
		dual = isDual;
		page = where;
	}

	/** Adds a line to the open element. */
	void append(char separator, String line) {
		text.append(separator).append(line);
	}

	/** The type of the open element, or null. */
	ElementType open() {
		return type;
	}

	/** Closes the open element. */
	void flush() {
		if (type != null) {
			out.add(new ScriptElement(type, text.toString(), number, dual, 0, page));
			type = null;
			text.setLength(0);
		}
	}

	/** The elements, once flushed. */
	List<ScriptElement> elements() {
		flush();
		return out;
	}
}
