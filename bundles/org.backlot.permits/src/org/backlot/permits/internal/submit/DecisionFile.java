// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.submit;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.backlot.model.permits.PermitStatus;
import org.backlot.permits.api.Decision;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads an authority's decision saved into the exchange inbox: {@code {"status":"APPROVED|REJECTED|MORE_INFO",
 * "at":"2027-02-25T10:30","by":"...","permitNumber":"...","conditions":"..."}}; anything else is an IOException naming
 * the file and the problem.
 */
final class DecisionFile {
	private static final Set<PermitStatus> ANSWERS = Set.of(PermitStatus.APPROVED, PermitStatus.REJECTED, PermitStatus.MORE_INFO);

	private DecisionFile() {
	}

	/** The decision in a file. */
	static Decision read(Path file) throws IOException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw bad(file, Messages.notUtf8);
		}
		JsonElement root;
		try {
			root = JsonParser.parseString(text);
		} catch (JsonParseException | IllegalStateException e) {
			throw bad(file, NLS.bind(Messages.notJson, e.getMessage()));
		}
		if (!root.isJsonObject()) {
			throw bad(file, Messages.notObject);
		}
		JsonObject o = root.getAsJsonObject();
		String statusText = text(file, o, "status", true); //$NON-NLS-1$
		PermitStatus status = PermitStatus.get(statusText.strip().toUpperCase(Locale.ROOT));
		if (status == null || !ANSWERS.contains(status)) {
			throw bad(file, NLS.bind(Messages.badStatus, statusText));
		}
		LocalDateTime at = time(file, text(file, o, "at", true)); //$NON-NLS-1$
		return new Decision(status, at, text(file, o, "by", false), text(file, o, "permitNumber", false), //$NON-NLS-1$ //$NON-NLS-2$
				text(file, o, "conditions", false)); //$NON-NLS-1$
	}

	private static String text(Path file, JsonObject o, String field, boolean required) throws IOException {
		JsonElement e = o.get(field);
		if (e == null || e.isJsonNull()) {
			if (required) {
				throw bad(file, NLS.bind(Messages.missingField, field));
			}
			return ""; //$NON-NLS-1$
		}
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
			throw bad(file, NLS.bind(Messages.notText, field));
		}
		String s = e.getAsString();
		if (required && s.isBlank()) {
			throw bad(file, NLS.bind(Messages.missingField, field));
		}
		return s;
	}

	/** A local date and time ("2027-02-25T10:30", seconds optional), or a date alone (its start). */
	private static LocalDateTime time(Path file, String s) throws IOException {
		String t = s.strip();
		try {
			return LocalDateTime.parse(t);
		} catch (DateTimeParseException e) {
			try {
				return LocalDate.parse(t).atStartOfDay();
			} catch (DateTimeParseException e2) {
				throw bad(file, NLS.bind(Messages.badTime, s));
			}
		}
	}

	private static IOException bad(Path file, String problem) {
		return new IOException(NLS.bind(Messages.badDecision, file, problem));
	}
}
