// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;

/** A contributed command with a bug, to prove the command line survives it. */
public class ThrowingCommand implements CliCommand {
	@Override
	public int run(CliContext context) {
		throw new IllegalStateException("test");
	}
}
