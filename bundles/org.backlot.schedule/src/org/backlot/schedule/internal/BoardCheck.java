// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal;

import java.util.List;

import org.backlot.core.api.ModelCheck;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.Constraints;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.Violation;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The active board's problems for the Problems view: scenes not on a shoot
 * day, and every scheduling constraint the board breaks (warnings: a plan to
 * fix, not a broken file).
 */
public class BoardCheck implements ModelCheck {
	private static final String SOURCE = "org.backlot.schedule"; //$NON-NLS-1$

	@Override
	public void check(EObject root, DiagnosticChain problems) {
		if (!(root instanceof Production p)) {
			return;
		}
		Schedule board = Boards.active(p);
		if (board == null) {
			return;
		}
		Plan plan = Boards.read(board);
		for (Scene s : plan.unscheduled()) {
			problems.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, 1, NLS.bind(Messages.unscheduled, s.getNumber(), board.getName()),
					new Object[] { Boards.strip(board, s) }));
		}
		if (plan.dayCount() == 0) {
			return;
		}
		List<ShootDay> days = Boards.days(board);
		for (ConstraintStatus status : Constraints.check(p, board, plan)) {
			for (Violation v : status.violations()) {
				Object subject = !v.scenes().isEmpty() ? Boards.strip(board, v.scenes().get(0))
						: v.day() >= 0 && v.day() < days.size() ? days.get(v.day()) : board;
				problems.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, 2, NLS.bind(Messages.broken, board.getName(), v.message()),
						new Object[] { subject == null ? board : subject }));
			}
		}
	}
}
