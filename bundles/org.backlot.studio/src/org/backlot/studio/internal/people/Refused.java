// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;

/** A command that cannot execute, with the reasons as its description (double bookings, nothing to book). */
public final class Refused extends AbstractCommand {
	private final List<String> reasons;

	/** A refused command of that label with its reasons (one a line in the description). */
	public Refused(String label, List<String> reasons) {
		super(label, String.join("\n", reasons)); //$NON-NLS-1$
		this.reasons = List.copyOf(reasons);
	}

	/** Why the command cannot execute. */
	public List<String> reasons() {
		return reasons;
	}

	@Override
	protected boolean prepare() {
		return false;
	}

	@Override
	public void execute() {
		throw new IllegalStateException(getDescription());
	}

	@Override
	public void redo() {
		throw new IllegalStateException(getDescription());
	}
}
