// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal.plugins;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help &gt; Plugins...: opens the {@link PluginsDialog}. */
public class PluginsHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		new PluginsDialog(HandlerUtil.getActiveShell(event)).open();
		return null;
	}
}
