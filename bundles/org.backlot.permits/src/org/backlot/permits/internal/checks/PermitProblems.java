// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.checks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

import org.backlot.core.api.ModelCheck;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.Conflict;
import org.backlot.permits.api.Permits;
import org.backlot.schedule.api.Boards;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The permit conflicts of a production's active board for the Problems view: warnings, and an error for a refusal
 * that leaves a shoot day within {@value #SOON_DAYS} days without its approval. Each is about its application, else
 * the first scene of the day.
 */
public class PermitProblems implements ModelCheck {
	/** Days ahead within which a refused approval is an error. */
	public static final int SOON_DAYS = 3;
	private static final String SOURCE = "org.backlot.permits"; //$NON-NLS-1$
	private final Supplier<List<AuthorityDefinition>> authorities;
	private final Supplier<LocalDate> today;

	/** The check of the installed authorities, as of today. */
	public PermitProblems() {
		this(Authorities::all, LocalDate::now);
	}

	/** The check of these authorities as of a given day. */
	public PermitProblems(Supplier<List<AuthorityDefinition>> authorities, Supplier<LocalDate> today) {
		this.authorities = authorities;
		this.today = today;
	}

	@Override
	public void check(EObject root, DiagnosticChain problems) {
		if (!(root instanceof Production p)) {
			return;
		}
		Schedule board = Boards.active(p);
		List<AuthorityDefinition> list = authorities.get();
		if (board == null || list.isEmpty()) {
			return;
		}
		LocalDate now = today.get();
		for (Conflict c : Permits.conflicts(p, board, now, list)) {
			boolean soon = c.date() != null && ChronoUnit.DAYS.between(now, c.date()) <= SOON_DAYS;
			int severity = c.kind() == Conflict.Kind.REFUSED && soon ? Diagnostic.ERROR : Diagnostic.WARNING;
			problems.add(new BasicDiagnostic(severity, SOURCE, c.kind().ordinal() + 1, NLS.bind(Messages.problem, c.message()),
					new Object[] { subject(c, p) }));
		}
	}

	private static Object subject(Conflict c, Production p) {
		if (c.application() != null) {
			return c.application();
		}
		if (c.requirement() != null) {
			var day = c.requirement().days().stream().filter(d -> d.dayNumber() == c.dayNumber()).findFirst().orElse(c.requirement().first());
			if (!day.scenes().isEmpty()) {
				return day.scenes().get(0);
			}
		}
		return p;
	}
}
