// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal.plugins;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.backlot.core.api.plugins.PluginInfo;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The Plugins dialog's actions, each handed to p2's own wizard (licences, progress, and the restart prompt when a
 * change needs one): install the features of an update site, update a plugin's feature (or everything), uninstall it.
 */
final class PluginActions {
	private final Supplier<Shell> shell;
	private final Optional<P2Plugins> p2;

	PluginActions(Supplier<Shell> shell, Optional<P2Plugins> p2) {
		this.shell = shell;
		this.p2 = p2;
	}

	/** Asks for an update site and opens the install wizard on the features it offers. */
	void install() {
		if (p2.isEmpty()) {
			return;
		}
		InstallSourceDialog source = new InstallSourceDialog(shell.get());
		if (source.open() != Window.OK) {
			return;
		}
		URI site = source.site();
		List<IInstallableUnit> features = new ArrayList<>();
		if (!run(NLS.bind(Messages.installReading, site), m -> features.addAll(p2.get().features(site, m)))) {
			return;
		}
		if (features.isEmpty()) {
			MessageDialog.openInformation(shell.get(), Messages.installTitle, NLS.bind(Messages.installNothing, site));
			return;
		}
		ProvisioningUI ui = p2.get().ui();
		InstallOperation op = ui.getInstallOperation(features, new URI[] { site });
		ui.openInstallWizard(features, op, null);
	}

	/** Looks for updates of the selected plugin's feature, or of everything installed, and offers them. */
	void update(PluginInfo selected) {
		if (p2.isEmpty()) {
			return;
		}
		Collection<IInstallableUnit> roots = selected == null ? null : p2.get().rootOf(selected.id()).map(List::of).orElse(null);
		ProvisioningUI ui = p2.get().ui();
		UpdateOperation op = ui.getUpdateOperation(roots, null);
		IStatus[] result = new IStatus[1];
		if (!run(Messages.updateLooking, m -> result[0] = op.resolveModal(m))) {
			return;
		}
		if (result[0] != null && result[0].getSeverity() == IStatus.ERROR) {
			MessageDialog.openError(shell.get(), Messages.buttonUpdate, NLS.bind(Messages.p2Failed, Messages.updateLooking, result[0].getMessage()));
			return;
		}
		if (op.getSelectedUpdates().length == 0) {
			String what = roots == null ? Messages.updateEverything : selected.name();
			MessageDialog.openInformation(shell.get(), Messages.buttonUpdate, NLS.bind(Messages.updateNone, what));
			return;
		}
		ui.openUpdateWizard(false, op, null);
	}

	/** Uninstalls the feature that brought the selected plugin in. */
	void uninstall(PluginInfo selected) {
		Optional<IInstallableUnit> found = selected == null || p2.isEmpty() ? Optional.empty() : p2.get().rootOf(selected.id());
		if (found.isEmpty()) {
			return; // the button is off then, with the reason (whyNotUninstall)
		}
		IInstallableUnit root = found.get();
		ProvisioningUI ui = p2.get().ui();
		UninstallOperation op = ui.getUninstallOperation(List.of(root), null);
		ui.openUninstallWizard(List.of(root), op, null);
	}

	/** Why the selected plugin cannot be uninstalled here, in plain words; null when it can. */
	String whyNotUninstall(PluginInfo selected) {
		if (selected == null) {
			return Messages.uninstallSelect;
		}
		if (p2.isEmpty()) {
			return Messages.pluginsNoProfile;
		}
		if (selected.backlot()) {
			return Messages.uninstallOwn;
		}
		if (p2.get().rootOf(selected.id()).isEmpty()) {
			return NLS.bind(Messages.uninstallNoFeature, selected.name());
		}
		return null;
	}

	/** Work that talks to p2, with a progress dialog; a failure is shown naming what was being done. */
	private boolean run(String what, P2Work work) {
		try {
			new ProgressMonitorDialog(shell.get()).run(true, true, m -> {
				m.beginTask(what, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					work.run(m);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				} finally {
					m.done();
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(shell.get(), Messages.pluginsTitle, NLS.bind(Messages.p2Failed, what, cause.getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** A step that talks to p2. */
	@FunctionalInterface
	private interface P2Work {
		void run(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException;
	}
}
