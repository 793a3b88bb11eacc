// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

/** A photometric file that cannot be read; the message names the file, the line and what is wrong. */
public class PhotometricException extends Exception {
	private static final long serialVersionUID = 1L;

	/** A problem described for the user. */
	public PhotometricException(String message) {
		super(message);
	}

	/** A problem described for the user, caused by {@code cause}. */
	public PhotometricException(String message, Throwable cause) {
		super(message, cause);
	}
}
