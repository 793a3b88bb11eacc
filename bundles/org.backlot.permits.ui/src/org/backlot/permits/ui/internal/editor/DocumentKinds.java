// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DocumentKind;

/** The kinds of document an application's authority asks for, and how a document's kind reads. */
final class DocumentKinds {
	private DocumentKinds() {
	}

	/** The kinds the authority's rules and the studio's record of it ask for, then those of the application's rows; no repeats. */
	static List<DocumentKind> of(PermitApplication a) {
		List<DocumentKind> kinds = new ArrayList<>();
		try {
			AuthorityDefinition def = a.getAuthority() == null ? null : Authorities.of(a.getAuthority()).orElse(null);
			if (def != null) {
				def.rules().documents(a, def).forEach(k -> add(kinds, k));
			}
		} catch (RuntimeException e) {
			// a broken rule set: offer what the studio lists
		}
		if (a.getAuthority() != null) {
			a.getAuthority().getRequiredDocuments().forEach(k -> add(kinds, new DocumentKind(k, k)));
		}
		for (PermitDocument d : a.getDocuments()) {
			if (d.getKind() != null && !d.getKind().isBlank()) {
				add(kinds, new DocumentKind(d.getKind(), d.getKind()));
			}
		}
		return kinds;
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

	private static void add(List<DocumentKind> kinds, DocumentKind k) {
		if (k != null && k.key() != null && !k.key().isBlank() && kinds.stream().noneMatch(x -> same(x.key(), k.key()))) {
			kinds.add(k);
		}
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
	}
}
