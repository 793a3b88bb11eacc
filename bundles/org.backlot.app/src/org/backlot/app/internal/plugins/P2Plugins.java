// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal.plugins;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.core.runtime.CoreException;

/**
 * What the Plugins dialog asks p2: whether this Backlot is a p2 installation, which installed feature brought a
 * plugin in (so that it can be updated or uninstalled as a whole), and what an update site offers.
 */
final class P2Plugins {
	/** Backlot's own installable units: updated with Backlot, never uninstalled one by one. */
	private static final String OWN = "org.backlot."; //$NON-NLS-1$
	private final ProvisioningUI ui;

	P2Plugins(ProvisioningUI ui) {
		this.ui = ui;
	}

	/** The p2 handle of this installation, or empty when Backlot runs without a profile (tests, a development launch). */
	static Optional<P2Plugins> forThisInstallation() {
		ProvisioningUI ui = ProvisioningUI.getDefaultUI();
		if (ui == null || profile(ui) == null) {
			return Optional.empty();
		}
		return Optional.of(new P2Plugins(ui));
	}

	ProvisioningUI ui() {
		return ui;
	}

	private static IProfile profile(ProvisioningUI ui) {
		ProvisioningSession session = ui.getSession();
		IProfileRegistry registry = session.getProvisioningAgent().getService(IProfileRegistry.class);
		return registry == null ? null : registry.getProfile(ui.getProfileId());
	}

	/**
	 * The installed feature (a root the user installed) that brought the plugin {@code bundleId} in, the smallest one
	 * when several did; empty for Backlot's own plugins and for plugins no installed feature holds (dropins).
	 */
	Optional<IInstallableUnit> rootOf(String bundleId) {
		IProfile profile = profile(ui);
		if (profile == null || bundleId.startsWith(OWN)) {
			return Optional.empty();
		}
		record Holder(IInstallableUnit root, Set<String> needs) {
		}
		return profile.query(new UserVisibleRootQuery(), null).toUnmodifiableSet().stream()
				.filter(root -> !root.getId().startsWith(OWN))
				.map(root -> new Holder(root, closure(profile, root)))
				.filter(h -> h.needs().contains(bundleId))
				.min(Comparator.comparingInt(h -> h.needs().size()))
				.map(Holder::root);
	}

	/** The ids of the installed units a root needs, without following into Backlot's and the platform's own. */
	private static Set<String> closure(IProfile profile, IInstallableUnit root) {
		Set<String> ids = new HashSet<>();
		Deque<IInstallableUnit> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			IInstallableUnit iu = todo.pop();
			if (!ids.add(iu.getId()) || iu != root && (iu.getId().startsWith(OWN) || iu.getId().startsWith("org.eclipse."))) { //$NON-NLS-1$
				continue;
			}
			for (IRequirement r : iu.getRequirements()) {
				todo.addAll(profile.query(QueryUtil.createMatchQuery(r.getMatches()), null).toUnmodifiableSet());
			}
		}
		return ids;
	}

	/** The newest features an update site or folder offers; the site is remembered for later updates. */
	Collection<IInstallableUnit> features(URI site, IProgressMonitor monitor) throws CoreException {
		IMetadataRepository repository = ui.loadMetadataRepository(site, false, monitor);
		ui.getRepositoryTracker().addRepository(site, null, ui.getSession());
		return repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor).toUnmodifiableSet();
	}
}
