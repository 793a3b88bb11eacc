// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.RepositoryTracker;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Makes Help &gt; Check for Updates look at the update site Backlot was
 * installed from: the sites named by the {@value #PROPERTY} property
 * (configuration/config.ini) are added to p2's known sites at start.
 */
final class UpdateSites {
	/** Comma-separated update site URIs, set when the product is built or installed. */
	static final String PROPERTY = "backlot.updateSites"; //$NON-NLS-1$

	private UpdateSites() {
	}

	/** The configured sites; malformed entries are logged and skipped. */
	static List<URI> configured(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(UpdateSites::uri) //$NON-NLS-1$
				.filter(u -> u != null).toList();
	}

	private static URI uri(String s) {
		try {
			return new URI(s);
		} catch (URISyntaxException e) {
			ILog.of(UpdateSites.class).warn("Ignoring malformed update site in " + PROPERTY + ": " + s); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}

	/** The sites configured for this installation. */
	static List<URI> configured() {
		BundleContext context = FrameworkUtil.getBundle(UpdateSites.class).getBundleContext();
		return configured(context.getProperty(PROPERTY));
	}

	/** Adds the configured sites that p2 does not know yet; returns the ones added. */
	static List<URI> register() {
		return register(configured());
	}

	/** Adds those of the sites that p2 does not know yet; returns the ones added. */
	static List<URI> register(List<URI> wanted) {
		if (wanted.isEmpty()) {
			return List.of();
		}
		ProvisioningUI ui = ProvisioningUI.getDefaultUI();
		ProvisioningSession session = ui.getSession();
		RepositoryTracker tracker = ui.getRepositoryTracker();
		List<URI> known = Arrays.asList(tracker.getKnownRepositories(session));
		List<URI> added = wanted.stream().filter(u -> !known.contains(u)).toList();
		for (URI u : added) {
			tracker.addRepository(u, null, session);
		}
		return added;
	}
}
