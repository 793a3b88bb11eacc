// SPDX-License-Identifier: EPL-2.0
package org.backlot.itest.hello;

import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** {@code backlot cli hello}: proves that a plugin installed from an update site is live. */
public class HelloCommand implements CliCommand {
	@Override
	public int run(CliContext context) {
		var bundle = FrameworkUtil.getBundle(HelloCommand.class);
		String state = bundle.getState() == Bundle.ACTIVE ? "ACTIVE" : "state " + bundle.getState();
		context.out().println("hello from " + bundle.getSymbolicName() + " " + bundle.getVersion() + " (" + state + ")");
		return 0;
	}
}
