// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsPackage;
import org.backlot.permits.internal.workflow.Messages;
import org.backlot.permits.internal.workflow.Names;
import org.backlot.permits.internal.workflow.Refused;
import org.backlot.permits.internal.workflow.Transitions;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * An application's workflow: the statuses it may move to, why a move is refused, and the undoable commands that move it
 * and record each step in its history.
 */
public final class Workflow {
	private static final PermitsPackage P = PermitsPackage.eINSTANCE;

	private Workflow() {
	}

	/**
	 * The statuses the application may move to from where it is: DRAFT → COMPLETE (only when {@link Completeness} says
	 * complete), WITHDRAWN; COMPLETE → SUBMITTED, DRAFT, WITHDRAWN; SUBMITTED → MORE_INFO, APPROVED, REJECTED, WITHDRAWN;
	 * MORE_INFO → SUBMITTED (resubmit), WITHDRAWN, DRAFT; APPROVED → EXPIRED, WITHDRAWN; REJECTED → DRAFT (revise);
	 * WITHDRAWN → DRAFT; EXPIRED → DRAFT.
	 */
	public static List<PermitStatus> next(PermitApplication a) {
		return Transitions.allowed(Transitions.status(a)).stream().filter(to -> refusal(a, to).isEmpty()).toList();
	}

	/** Why the move is not allowed, in the user's language ("The application is not complete: Site plan (not attached)"), or empty. */
	public static Optional<String> refusal(PermitApplication a, PermitStatus to) {
		PermitStatus from = Transitions.status(a);
		if (to == from) {
			return Optional.of(NLS.bind(Messages.sameStatus, label(to)));
		}
		if (!Transitions.allowed(from).contains(to)) {
			return Optional.of(NLS.bind(Messages.notAllowed, label(from), label(to)));
		}
		if (to == PermitStatus.COMPLETE) {
			Checklist list = Completeness.of(a);
			if (!list.complete()) {
				return Optional.of(NLS.bind(Messages.notComplete, String.join(Messages.listSeparator, list.missing())));
			}
		}
		return Optional.empty();
	}

	/**
	 * One undoable command that sets the status and adds a history entry (status, at, by, note); for APPROVED it is
	 * {@link #approve} keeping the permit number and conditions. Its label names the move and the authority ("Submit application to
	 * Traffic Police Brigade"). It cannot be executed when the move is refused; its description then says why.
	 *
	 * @param by who made the move (the current user when null or empty)
	 * @param at when (now when null)
	 */
	public static Command change(EditingDomain d, PermitApplication a, PermitStatus to, String by, String note, Date at) {
		if (to == PermitStatus.APPROVED) {
			return approval(d, a, null, null, note, by, at);
		}
		Optional<String> why = refusal(a, to);
		if (why.isPresent()) {
			return new Refused(Transitions.label(a, to), why.get());
		}
		return Transitions.command(d, a, to, by, note, at, Map.of());
	}

	/**
	 * The command that records the approval: status, permit number and conditions (each left as it is when null), and a
	 * history entry noting the number and conditions.
	 */
	public static Command approve(EditingDomain d, PermitApplication a, String permitNumber, String conditions, String by, Date at) {
		String number = permitNumber != null ? permitNumber.strip() : a.getPermitNumber();
		String note;
		if (Names.blank(number)) {
			note = conditions;
		} else {
			note = Names.blank(conditions) ? NLS.bind(Messages.approvedNote, number)
					: NLS.bind(Messages.approvedNoteConditions, number, conditions.strip());
		}
		return approval(d, a, permitNumber, conditions, note, by, at);
	}

	private static Command approval(EditingDomain d, PermitApplication a, String permitNumber, String conditions, String note, String by, Date at) {
		Optional<String> why = refusal(a, PermitStatus.APPROVED);
		if (why.isPresent()) {
			return new Refused(Transitions.label(a, PermitStatus.APPROVED), why.get());
		}
		Map<EAttribute, Object> extra = new LinkedHashMap<>();
		if (permitNumber != null) {
			extra.put(P.getPermitApplication_PermitNumber(), permitNumber.strip());
		}
		if (conditions != null) {
			extra.put(P.getPermitApplication_Conditions(), conditions.strip());
		}
		return Transitions.command(d, a, PermitStatus.APPROVED, by, note, at, extra);
	}

	/**
	 * The command that records an authority's decision (from a submission adapter): APPROVED is {@link #approve};
	 * MORE_INFO and REJECTED are {@link #change} with the conditions as note and as the application's conditions. The
	 * decision's author is the authority when it names nobody.
	 */
	public static Command record(EditingDomain d, PermitApplication a, Decision decision) {
		PermitStatus to = decision.status();
		Date at = decision.at() == null ? null : Date.from(decision.at().atZone(ZoneId.systemDefault()).toInstant());
		String by = Names.blank(decision.by()) ? Names.authority(a, Names.definition(a).orElse(null)) : decision.by();
		if (to == PermitStatus.APPROVED) {
			return approve(d, a, decision.permitNumber(), decision.conditions(), by, at);
		}
		if (to != PermitStatus.MORE_INFO && to != PermitStatus.REJECTED) {
			return new Refused(Transitions.label(a, to == null ? PermitStatus.DRAFT : to), NLS.bind(Messages.notADecision, label(to)));
		}
		Optional<String> why = refusal(a, to);
		if (why.isPresent()) {
			return new Refused(Transitions.label(a, to), why.get());
		}
		Map<EAttribute, Object> extra = new LinkedHashMap<>();
		if (decision.conditions() != null) {
			extra.put(P.getPermitApplication_Conditions(), decision.conditions().strip());
		}
		return Transitions.command(d, a, to, by, decision.conditions(), at, extra);
	}

	/** The user's name for history entries (the system user name). */
	public static String currentUser() {
		return System.getProperty("user.name", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The status in the user's language (Draft, Complete, Submitted... / 草稿, 材料齐全, 已提交...). */
	public static String label(PermitStatus s) {
		return Names.status(s);
	}
}
