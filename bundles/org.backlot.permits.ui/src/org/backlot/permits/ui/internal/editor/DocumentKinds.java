// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.Completeness;
import org.backlot.permits.api.DocumentKind;

/** The kinds of document an application's authority asks for, and how a document's kind reads. */
final class DocumentKinds {
	private DocumentKinds() {
	}

	/** The kinds the application's authority asks for, then those of its rows (see {@link Completeness#documentKinds}). */
	static List<DocumentKind> of(PermitApplication a) {
		try {
			return Completeness.documentKinds(a);
		} catch (RuntimeException e) {
			return new ArrayList<>(); // a broken rule set has been reported; offer free text
		}
	}

	/** The label of a kind's key among the kinds; the key itself when none matches. */
	static String label(String key, List<DocumentKind> kinds) {
		if (key == null) {
			return ""; //$NON-NLS-1$
		}
		for (DocumentKind k : kinds) {
			if (same(k.key(), key)) {
				return k.label();
			}
		}
		return key;
	}

	/** The key of a kind chosen by its label (or typed in as a key); the text itself when none matches. */
	static String key(String labelOrKey, List<DocumentKind> kinds) {
		for (DocumentKind k : kinds) {
			if (k.label().equals(labelOrKey) || same(k.key(), labelOrKey)) {
				return k.key();
			}
		}
		return labelOrKey.strip();
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
	}
}
