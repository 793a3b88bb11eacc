// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.nio.file.Path;

/** A file that cannot be read or written: the message names the file, where in it, and why. */
public class StoreException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;

	/** Creates the exception; {@code line} is 0 when the problem is not at a line. */
	public StoreException(Path file, int line, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
	}

	/** The file at fault. */
	public Path file() {
		return file;
	}

	/** The line at fault, or 0. */
	public int line() {
		return line;
	}
}
