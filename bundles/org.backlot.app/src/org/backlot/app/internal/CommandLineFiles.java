// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.core.api.ModelStore;
import org.backlot.ui.internal.OpenProductionHandler;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/** Opens the productions named on the command line ({@code backlot film.backlot}). */
final class CommandLineFiles {
	private CommandLineFiles() {
	}

	/** Opens each {@code *.backlot} argument that exists; returns how many were opened. */
	static int open(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		int opened = 0;
		for (String arg : Platform.getApplicationArgs()) {
			if (page == null || !arg.endsWith("." + ModelStore.PRODUCTION_EXTENSION)) { //$NON-NLS-1$
				continue;
			}
			Path file = Path.of(arg).toAbsolutePath();
			if (!Files.isRegularFile(file)) {
				ILog.of(CommandLineFiles.class).warn("No such production: " + file); //$NON-NLS-1$
				continue;
			}
			try {
				OpenProductionHandler.open(page, file);
				opened++;
			} catch (ExecutionException e) {
				ILog.of(CommandLineFiles.class).error("Could not open " + file, e); //$NON-NLS-1$
			}
		}
		return opened;
	}
}
