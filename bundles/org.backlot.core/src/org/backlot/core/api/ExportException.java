// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

/** An export that did not happen: the message is the one line the user reads, naming the format and its plugin. */
public class ExportException extends Exception {
	private static final long serialVersionUID = 1L;

	private final boolean brokenPlugin;

	/** Creates the exception with the message for the user and the cause for the log (may be null). */
	public ExportException(String message, Throwable cause) {
		this(message, cause, false);
	}

	/** Creates the exception, saying whether the format's plugin is at fault (it could not be loaded or it threw). */
	public ExportException(String message, Throwable cause, boolean brokenPlugin) {
		super(message, cause);
		this.brokenPlugin = brokenPlugin;
	}

	/** True when the format's plugin failed (a bug to report to its vendor), false for a file or input problem. */
	public boolean brokenPlugin() {
		return brokenPlugin;
	}
}
