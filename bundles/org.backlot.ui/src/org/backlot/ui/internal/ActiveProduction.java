// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import java.util.function.Consumer;

import org.backlot.ui.internal.editor.ProductionEditor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/** Tells a view which production is active: the last activated production editor that loaded, or none. */
public final class ActiveProduction implements IPartListener2 {
	private final IWorkbenchPage page;
	private final Consumer<ProductionEditor> show;
	private ProductionEditor current;

	/** Starts tracking the page; {@code show} gets the active editor (null for none) whenever it changes. */
	public ActiveProduction(IWorkbenchPage page, Consumer<ProductionEditor> show) {
		this.page = page;
		this.show = show;
		page.addPartListener(this);
		IEditorPart active = page.getActiveEditor();
		set(active instanceof ProductionEditor p ? p : null);
	}

	/** The active production editor, or null. */
	public ProductionEditor current() {
		return current;
	}

	private void set(ProductionEditor editor) {
		ProductionEditor next = editor != null && editor.model() != null ? editor : null;
		if (next != current || next == null) {
			current = next;
			show.accept(next);
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference ref) {
		if (ref.getPart(false) instanceof ProductionEditor p) {
			set(p);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		if (ref.getPart(false) == current) {
			IEditorPart active = page.getActiveEditor();
			set(active instanceof ProductionEditor p && p != current ? p : null);
		}
	}

	/** Stops tracking. */
	public void dispose() {
		page.removePartListener(this);
	}
}
