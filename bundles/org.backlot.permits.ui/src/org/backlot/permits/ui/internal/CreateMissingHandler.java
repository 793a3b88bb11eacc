// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Create Missing Applications (Ctrl+Shift+P): drafts for every permit the active production's schedule needs and lacks. */
public class CreateMissingHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		ProductionDocument doc = documentOf(part, window);
		if (doc == null || window == null) {
			return null;
		}
		CreateMissing.run(doc, window.getShell().getDisplay(), message -> status(part, message));
		return null;
	}

	/** The production of the active part (a Backlot view's, or the active editor's), or null. */
	static ProductionDocument documentOf(IWorkbenchPart part, IWorkbenchWindow window) {
		if (part instanceof ProductionViewPart v && v.document() != null) {
			return v.document();
		}
		IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		ProductionDocument d = editor == null ? null : editor.getAdapter(ProductionDocument.class);
		return d != null && d.production() != null ? d : null;
	}

	/** Shows a sentence on the part's status line. */
	static void status(IWorkbenchPart part, String message) {
		IStatusLineManager line = null;
		if (part != null && part.getSite() instanceof IViewSite v) {
			line = v.getActionBars().getStatusLineManager();
		} else if (part != null && part.getSite() instanceof IEditorSite e) {
			line = e.getActionBars().getStatusLineManager();
		}
		if (line != null) {
			line.setMessage(message);
		}
	}
}
