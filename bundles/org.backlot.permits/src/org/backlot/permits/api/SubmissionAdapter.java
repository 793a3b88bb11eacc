// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.backlot.model.permits.PermitApplication;

/**
 * Sends applications to an authority's online system and polls their decisions; contributed to
 * {@value #EXTENSION_POINT}. Backlot ships one that exchanges applications as files (a folder the location manager
 * uploads from and saves decisions into).
 */
public interface SubmissionAdapter {
	/** The extension point adapters are contributed to. */
	String EXTENSION_POINT = "org.backlot.permits.submission"; //$NON-NLS-1$

	/**
	 * Sends a complete application; returns the authority's reference for it. Must not change the application: the
	 * caller records the submission as a command.
	 *
	 * @param application the application, complete
	 * @param productionFolder the folder of the production file (attached documents are relative to it)
	 */
	String submit(PermitApplication application, Path productionFolder) throws IOException;

	/** The authority's decision or request on a submitted application, when there is news; empty otherwise. */
	Optional<Decision> poll(PermitApplication application, Path productionFolder) throws IOException;
}
