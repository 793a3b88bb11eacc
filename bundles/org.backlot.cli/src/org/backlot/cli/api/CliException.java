// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.api;

/** Bad input to a command: the message is the one line the user reads. */
public class CliException extends Exception {
	private static final long serialVersionUID = 1L;

	/** Exit code for bad usage (wrong argument, unknown option). */
	public static final int USAGE = 2;
	/** Exit code for input that could not be used (missing or broken file). */
	public static final int BAD_INPUT = 3;

	private final int exitCode;

	/** Creates a usage error. */
	public CliException(String message) {
		this(message, USAGE);
	}

	/** Creates an error with the given exit code. */
	public CliException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	/** The exit code the process ends with. */
	public int exitCode() {
		return exitCode;
	}
}
