// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes a production or studio in one report or interchange format,
 * contributed through the {@value #EXTENSION_POINT} extension point.
 * <p>
 * The contribution says what the format is (its id, its name in every
 * language through {@code plugin.properties}, its file extension and whether it
 * exports productions, studios or both); the class only writes. Backlot
 * buffers what it writes and puts the file in place atomically, so an exporter
 * that fails never leaves half a file. See {@link Exporters}.
 */
public interface Exporter {
	/** The id of the extension point that contributes exporters. */
	String EXTENSION_POINT = "org.backlot.core.exporters"; //$NON-NLS-1$

	/**
	 * Writes the root and whatever of it the format holds. Called on a
	 * background thread with a copy or an unchanging model: read it, never
	 * change it.
	 *
	 * @param root    a {@code Production} or a {@code Studio}, one the
	 *                contribution's {@code roots} accepts; in a resource whose
	 *                URI is the file it was loaded from (when it has one)
	 * @param out     where the bytes go; it may be closed or left open
	 * @param monitor progress and cancellation, never null; throw
	 *                {@code OperationCanceledException} to stop
	 * @throws IOException with a message for the user when the root cannot be
	 *                     written in this format
	 */
	void write(EObject root, OutputStream out, IProgressMonitor monitor) throws IOException;
}
