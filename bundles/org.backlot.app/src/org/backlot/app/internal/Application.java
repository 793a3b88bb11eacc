// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** The desktop suite: creates the display and runs the workbench. Exit code 23 asks the launcher to restart. */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (SWTError e) {
			System.err.println("backlot: " + Messages.noDisplay + " (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Integer.valueOf(1);
		}
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new BacklotWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				PlatformUI.getWorkbench().close();
			}
		});
	}
}
