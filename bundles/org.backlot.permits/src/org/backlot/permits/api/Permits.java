// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDate;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.permits.internal.derive.Conflicts;
import org.backlot.permits.internal.derive.Derivation;
import org.backlot.permits.internal.derive.Drafts;
import org.backlot.permits.internal.derive.Facts;
import org.backlot.permits.internal.derive.Generate;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Which permit applications a board's shoot days need, from the board, the breakdown and the studio's locations; how
 * the production's applications cover them; pre-filled drafts for the missing ones; and what keeps a day from its
 * approval. Headless, read-only except through {@link #generate}.
 */
public final class Permits {
	private Permits() {
	}

	/** Facts of each shoot day at each place on the board, in day order (a day with a company move gives one per place). */
	public static List<DayAtPlace> days(Production p, Schedule board) {
		return board == null ? List.of() : Facts.days(p, board, Facts.slots(p, board));
	}

	/** What the board needs, with coverage, using {@link Authorities#all()}. */
	public static List<Requirement> derive(Production p, Schedule board, LocalDate today) {
		return derive(p, board, today, Authorities.all());
	}

	/** What the board needs from these authorities, with coverage, in the authorities' order. */
	public static List<Requirement> derive(Production p, Schedule board, LocalDate today, List<AuthorityDefinition> authorities) {
		return derived(p, board, today, authorities).stream().map(Derivation.Derived::requirement).toList();
	}

	/** New pre-filled draft applications (not yet added to the production) for requirements with coverage MISSING. */
	public static List<PermitApplication> drafts(Production p, List<Requirement> requirements) {
		return Drafts.of(p, requirements);
	}

	/**
	 * One undoable command adding the drafts for the board's missing requirements, and any studio authority records
	 * (with their rule id) the studio lacks; {@link org.eclipse.emf.common.command.UnexecutableCommand} when nothing is
	 * missing.
	 */
	public static Command generate(EditingDomain domain, Production p, Schedule board, LocalDate today) {
		return generate(domain, p, board, today, Authorities.all());
	}

	/** {@link #generate(EditingDomain, Production, Schedule, LocalDate)} with these authorities. */
	public static Command generate(EditingDomain domain, Production p, Schedule board, LocalDate today, List<AuthorityDefinition> authorities) {
		return Generate.command(domain, p, derive(p, board, today, authorities));
	}

	/** What keeps the board's days from their approvals, using {@link Authorities#all()}. */
	public static List<Conflict> conflicts(Production p, Schedule board, LocalDate today) {
		return conflicts(p, board, today, Authorities.all());
	}

	/** What keeps the board's days from the approvals of these authorities: one conflict per requirement and kind, every uncovered day. */
	public static List<Conflict> conflicts(Production p, Schedule board, LocalDate today, List<AuthorityDefinition> authorities) {
		return Conflicts.of(p, derived(p, board, today, authorities), today, false);
	}

	private static List<Derivation.Derived> derived(Production p, Schedule board, LocalDate today, List<AuthorityDefinition> authorities) {
		return Derivation.derive(p, days(p, board), today, authorities);
	}
}
