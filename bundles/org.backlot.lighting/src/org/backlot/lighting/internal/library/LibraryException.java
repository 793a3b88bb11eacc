// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.library;

/** A fixture library that cannot be read; the message says which file and what is wrong. */
public class LibraryException extends Exception {
	private static final long serialVersionUID = 1L;

	/** A problem described for the user. */
	public LibraryException(String message) {
		super(message);
	}

	/** A problem described for the user, caused by {@code cause}. */
	public LibraryException(String message, Throwable cause) {
		super(message, cause);
	}
}
