// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import java.util.List;
import java.util.function.Consumer;

import org.backlot.model.studio.PanoramaPin;
import org.backlot.ui.api.Actions;
import org.backlot.ui.api.TableColumns;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The notes pinned in the panorama shown, beside it: choosing one turns the view to it; double-click edits it, Delete removes it (undoably). */
final class PinsTable {
	private final TableViewer viewer;

	PinsTable(Composite parent, Consumer<PanoramaPin> chosen, Consumer<PanoramaPin> edit, Consumer<PanoramaPin> delete) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		TableColumns.text(viewer, PanoramaPin.class, Messages.colNote, 150, PanoramaPin::getText);
		TableColumns.text(viewer, PanoramaPin.class, Messages.colDirection, 80,
				p -> NLS.bind(Messages.direction, Math.round(p.getYaw()), Math.round(p.getPitch())));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> {
			if (selected() != null) {
				chosen.accept(selected());
			}
		});
		viewer.addDoubleClickListener(e -> {
			if (selected() != null) {
				edit.accept(selected());
			}
		});
		viewer.getTable().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && selected() != null) {
				delete.accept(selected());
			}
		});
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			PanoramaPin p = selected();
			if (p != null) {
				m.add(Actions.of(Messages.lookAt, () -> chosen.accept(p)));
				m.add(Actions.of(Messages.editPin, () -> edit.accept(p)));
				m.add(Actions.of(Messages.deletePin, () -> delete.accept(p)));
			}
		});
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Lists the pins. */
	void show(List<PanoramaPin> pins) {
		viewer.setInput(pins);
	}

	/** The chosen pin, or null. */
	PanoramaPin selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof PanoramaPin p ? p : null;
	}
}
