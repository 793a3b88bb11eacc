// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.api;

/**
 * A sub-command of the {@code backlot} command line, contributed through the
 * {@value #EXTENSION_POINT} extension point.
 */
public interface CliCommand {
	/** The id of the extension point that contributes commands. */
	String EXTENSION_POINT = "org.backlot.cli.commands"; //$NON-NLS-1$

	/**
	 * Runs the command.
	 *
	 * @param context arguments, output and options of this invocation
	 * @return the process exit code, 0 for success
	 * @throws CliException on bad input, with a one-line reason for the user
	 */
	int run(CliContext context) throws CliException;
}
