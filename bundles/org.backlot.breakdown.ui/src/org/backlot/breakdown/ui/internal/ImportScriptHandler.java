// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import Script... (Ctrl+Shift+I): opens the screenplay import wizard. */
public class ImportScriptHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		openWizard(HandlerUtil.getActiveShell(event));
		return null;
	}

	/** Opens the import wizard over the active production. */
	static void openWizard(Shell shell) {
		ImportScriptWizard wizard = new ImportScriptWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		new WizardDialog(shell, wizard).open();
	}
}
