// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Facts about the running Backlot installation: its name and version. */
public final class Backlot {
	/** The product's display name. */
	public static final String NAME = "Backlot"; //$NON-NLS-1$

	private Backlot() {
	}

	/** The version of Backlot's core, with its build qualifier (e.g. 0.1.0.v20261123-2330). */
	public static String version() {
		Bundle bundle = FrameworkUtil.getBundle(Backlot.class);
		return bundle == null ? "unknown" : bundle.getVersion().toString(); //$NON-NLS-1$
	}
}
