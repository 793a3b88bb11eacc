// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.internal.forms.ApplicationForm;

/**
 * A permit application as a PDF in its authority's form: the form's title from the contributed authority, the
 * applicant, production, activity, locations, dates and hours, head-count, vehicles, equipment, road closures,
 * hazards, documents checklist, fee, conditions and signature lines.
 */
public final class ApplicationForms {
	private ApplicationForms() {
	}

	/**
	 * Writes the form to {@code out}, atomically (an existing file is replaced only by a finished one).
	 *
	 * @param a        the application
	 * @param language the form's language, chosen per form: Chinese for any {@code zh} locale, else English (not the
	 *                 user's locale)
	 * @param letter   US Letter pages rather than A4
	 * @param out      the PDF file
	 */
	public static void pdf(PermitApplication a, Locale language, boolean letter, Path out) throws IOException {
		ApplicationForm.write(a, language, letter, out);
	}
}
