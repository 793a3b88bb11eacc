// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.util.List;
import java.util.stream.Stream;

import org.backlot.permits.internal.workflow.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * What a complete application to its authority has, and whether this one has it (see {@link Completeness#of}).
 *
 * @param fields    the fields the authority requires, in the order of {@link PermitField}
 * @param documents the documents it asks for, then those the application itself marks as required
 */
public record Checklist(List<Item> fields, List<Item> documents) {

	/**
	 * One entry.
	 *
	 * @param label  the field's name or the document's kind, in the user's language
	 * @param done   whether the application has it
	 * @param detail what the application says (a value, a file) when done, else why it is not ("not attached")
	 */
	public record Item(String label, boolean done, String detail) {
	}

	/** Whether every entry is done. */
	public boolean complete() {
		return Stream.concat(fields.stream(), documents.stream()).allMatch(Item::done);
	}

	/** What is missing, one phrase each in the user's language ("Site plan (not attached)"); empty when complete. */
	public List<String> missing() {
		return Stream.concat(fields.stream(), documents.stream()).filter(i -> !i.done())
				.map(i -> NLS.bind(Messages.missingItem, i.label(), i.detail())).toList();
	}
}
