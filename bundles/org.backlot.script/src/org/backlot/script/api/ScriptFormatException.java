// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

/** A screenplay file that cannot be read, with a message naming the problem (and line, when known). */
public class ScriptFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	/** Creates the exception with a message for the user. */
	public ScriptFormatException(String message) {
		super(message);
	}

	/** Creates the exception with a message for the user and the cause. */
	public ScriptFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
