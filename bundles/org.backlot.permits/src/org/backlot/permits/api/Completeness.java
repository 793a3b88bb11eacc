// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.PermitsPackage;
import org.backlot.permits.internal.workflow.Checker;
import org.backlot.permits.internal.workflow.Fields;
import org.backlot.permits.internal.workflow.Messages;
import org.backlot.permits.internal.workflow.Names;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** Whether an application has everything its authority asks for: the checklist of fields and documents. */
public final class Completeness {
	private Completeness() {
	}

	/**
	 * The checklist of an application today. Required fields come from the authority's
	 * {@link AuthorityRules#requiredFields} ({@link PermitField#BASIC} when its rules are unknown); documents are the
	 * kinds its rules and the studio's record of it ask for, plus the application's own rows marked required. A
	 * document is done when a row of its kind names a file that exists (relative paths against the production file's
	 * folder, see {@link Documents#resolve}) and has not expired.
	 */
	public static Checklist of(PermitApplication a) {
		return Checker.of(a, Names.definition(a).orElse(null), LocalDate.now());
	}

	/**
	 * The command that adds a required, empty document row for each kind the authority asks for that the application
	 * has no row of; null when it lacks none.
	 */
	public static Command syncDocuments(EditingDomain d, PermitApplication a) {
		AuthorityDefinition def = Names.definition(a).orElse(null);
		List<PermitDocument> rows = new ArrayList<>();
		for (DocumentKind kind : Checker.askedKinds(a, def)) {
			if (a.getDocuments().stream().noneMatch(x -> Names.sameKind(x.getKind(), kind.key()))) {
				PermitDocument row = PermitsFactory.eINSTANCE.createPermitDocument();
				row.setKind(kind.key());
				row.setRequired(true);
				row.setPath(""); //$NON-NLS-1$
				rows.add(row);
			}
		}
		if (rows.isEmpty()) {
			return null;
		}
		AddCommand add = new AddCommand(d, a, PermitsPackage.eINSTANCE.getPermitApplication_Documents(), rows);
		add.setLabel(NLS.bind(Messages.cmdSyncDocuments, Names.authority(a, def)));
		return add;
	}

	/**
	 * Every kind of document the application deals in, with its label: those its authority asks for, then those of
	 * its own rows; without repeats.
	 */
	public static List<DocumentKind> documentKinds(PermitApplication a) {
		List<DocumentKind> kinds = new ArrayList<>(Checker.askedKinds(a, Names.definition(a).orElse(null)));
		for (PermitDocument row : a.getDocuments()) {
			DocumentKind k = Checker.kind(row.getKind(), kinds);
			if (k != null && kinds.stream().noneMatch(x -> Names.sameKind(x.key(), k.key()))) {
				kinds.add(k);
			}
		}
		return kinds;
	}

	/** The name of a field in the user's language. */
	public static String label(PermitField f) {
		return Fields.label(f);
	}
}
