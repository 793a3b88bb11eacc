// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.workflow;

import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.PermitsPackage;
import org.backlot.model.permits.StatusChange;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** The moves between application statuses, their command labels, and the command that makes one. */
public final class Transitions {
	private static final PermitsPackage P = PermitsPackage.eINSTANCE;
	private static final Map<PermitStatus, List<PermitStatus>> NEXT = new EnumMap<>(PermitStatus.class);

	static {
		NEXT.put(PermitStatus.DRAFT, List.of(PermitStatus.COMPLETE, PermitStatus.WITHDRAWN));
		NEXT.put(PermitStatus.COMPLETE, List.of(PermitStatus.SUBMITTED, PermitStatus.DRAFT, PermitStatus.WITHDRAWN));
		NEXT.put(PermitStatus.SUBMITTED, List.of(PermitStatus.MORE_INFO, PermitStatus.APPROVED, PermitStatus.REJECTED, PermitStatus.WITHDRAWN));
		NEXT.put(PermitStatus.MORE_INFO, List.of(PermitStatus.SUBMITTED, PermitStatus.WITHDRAWN, PermitStatus.DRAFT));
		NEXT.put(PermitStatus.APPROVED, List.of(PermitStatus.EXPIRED, PermitStatus.WITHDRAWN));
		NEXT.put(PermitStatus.REJECTED, List.of(PermitStatus.DRAFT));
		NEXT.put(PermitStatus.WITHDRAWN, List.of(PermitStatus.DRAFT));
		NEXT.put(PermitStatus.EXPIRED, List.of(PermitStatus.DRAFT));
	}

	private Transitions() {
	}

	/** The application's status (draft when unset). */
	public static PermitStatus status(PermitApplication a) {
		return a.getStatus() == null ? PermitStatus.DRAFT : a.getStatus();
	}

	/** The statuses the workflow allows from {@code from}, whatever the application's completeness. */
	public static List<PermitStatus> allowed(PermitStatus from) {
		return NEXT.get(from == null ? PermitStatus.DRAFT : from);
	}

	/** The label of the command that moves the application to {@code to} ("Submit application to Traffic Police Brigade"). */
	public static String label(PermitApplication a, PermitStatus to) {
		String authority = Names.authority(a, Names.definition(a).orElse(null));
		PermitStatus from = status(a);
		String pattern = switch (to) {
		case COMPLETE -> Messages.cmdComplete;
		case SUBMITTED -> from == PermitStatus.MORE_INFO ? Messages.cmdResubmit : Messages.cmdSubmit;
		case MORE_INFO -> Messages.cmdMoreInfo;
		case APPROVED -> Messages.cmdApprove;
		case REJECTED -> Messages.cmdReject;
		case WITHDRAWN -> Messages.cmdWithdraw;
		case EXPIRED -> Messages.cmdExpire;
		case DRAFT -> switch (from) {
			case REJECTED -> Messages.cmdRevise;
			case WITHDRAWN, EXPIRED -> Messages.cmdReopen;
			default -> Messages.cmdDraft;
			};
		};
		return NLS.bind(pattern, authority);
	}

	/**
	 * The compound command that sets the status, the extra attributes given (in the map's order) and adds the
	 * history entry; {@code by} defaults to the current user and {@code at} to now.
	 */
	public static CompoundCommand command(EditingDomain d, PermitApplication a, PermitStatus to, String by, String note, Date at,
			Map<EAttribute, Object> extra) {
		CompoundCommand c = new CompoundCommand(label(a, to));
		c.append(new SetCommand(d, a, P.getPermitApplication_Status(), to));
		extra.forEach((f, v) -> c.append(new SetCommand(d, a, f, v)));
		StatusChange entry = PermitsFactory.eINSTANCE.createStatusChange();
		entry.setStatus(to);
		entry.setAt(at == null ? new Date() : at);
		entry.setBy(Names.blank(by) ? System.getProperty("user.name", "") : by); //$NON-NLS-1$ //$NON-NLS-2$
		entry.setNote(note == null ? "" : note.strip()); //$NON-NLS-1$
		c.append(new AddCommand(d, a, P.getPermitApplication_History(), entry));
		return c;
	}
}
