// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.workflow;

import org.eclipse.emf.common.command.AbstractCommand;

/** A command that cannot run: it carries the label of what was asked and, as its description, why it is refused. */
public final class Refused extends AbstractCommand {
	/** A refused command with its label and the reason. */
	public Refused(String label, String reason) {
		super(label, reason);
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
