// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import java.nio.file.Path;

import org.backlot.ui.internal.editor.ProductionEditor;
import org.backlot.ui.internal.editor.ProductionInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Open: chooses a production file and opens it. */
public class OpenProductionHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.backlot", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.filterProductions, Messages.filterAll });
		String file = dialog.open();
		if (file != null) {
			open(window.getActivePage(), Path.of(file));
		}
		return null;
	}

	/** Opens a production file in its editor. */
	public static ProductionEditor open(IWorkbenchPage page, Path file) throws ExecutionException {
		try {
			return (ProductionEditor) page.openEditor(new ProductionInput(file), ProductionEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
