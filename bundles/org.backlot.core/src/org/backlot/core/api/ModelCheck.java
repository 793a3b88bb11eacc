// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * A check contributed to {@code org.backlot.core.checks}: adds problems of a
 * production or studio that the model's own constraints cannot see.
 */
public interface ModelCheck {
	/** The extension point's id. */
	String EXTENSION_POINT = "org.backlot.core.checks"; //$NON-NLS-1$

	/**
	 * Adds a diagnostic per problem of the root (a production or a studio), its
	 * subject as the first data element. Must not change the model.
	 */
	void check(EObject root, DiagnosticChain problems);
}
