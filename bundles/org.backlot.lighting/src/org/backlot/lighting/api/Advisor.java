// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A look advisor, contributed through {@value #EXTENSION_POINT}: given a scene and a look it proposes lighting
 * set-ups, best first. Implementations must honour the monitor's cancellation and must not touch the model.
 */
public interface Advisor {
	/** The extension point advisors are contributed to. */
	String EXTENSION_POINT = "org.backlot.lighting.advisors"; //$NON-NLS-1$

	/** Proposals for the request, best first (at most a handful: the best and its alternatives). */
	List<Proposal> propose(AdvisorRequest request, IProgressMonitor monitor) throws Exception;
}
