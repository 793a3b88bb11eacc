// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.match;

import java.util.List;

import org.backlot.studio.ui.internal.StudioViewPart;
import org.backlot.ui.api.EmptyState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;

/**
 * The open production's needs matched to the studio: breakdown elements with
 * the store items that could serve them and their reservations, scenes'
 * extras with a shortlist, the stages its schedule needs, and the housing of
 * its people; each reserved or booked in one undoable command.
 */
public class MatchView extends StudioViewPart {
	private EmptyState empty;
	private CTabFolder folder;
	private StoreTab store;
	private ExtrasTab extras;
	private StagesTab stages;
	private HousingTab housing;
	private List<MatchTab> tabs;

	@Override
	public void createPartControl(Composite parent) {
		empty = new EmptyState(parent, this::emptyLink);
		folder = new CTabFolder(empty.parent(), SWT.BOTTOM | SWT.FLAT);
		empty.content(folder);
		store = new StoreTab(folder, this);
		extras = new ExtrasTab(folder, this);
		stages = new StagesTab(folder, this);
		housing = new HousingTab(folder, this);
		tabs = List.of(store, extras, stages, housing);
		String[] titles = { Messages.tabStore, Messages.tabExtras, Messages.tabStages, Messages.tabHousing };
		for (int i = 0; i < tabs.size(); i++) {
			CTabItem item = new CTabItem(folder, SWT.NONE);
			item.setText(titles[i]);
			item.setControl(tabs.get(i).control());
			item.setData(tabs.get(i));
		}
		folder.setSelection(0);
		folder.addListener(SWT.Selection, e -> current().showing());
		startFollowing();
	}

	private MatchTab current() {
		return (MatchTab) folder.getSelection().getData();
	}

	@Override
	protected void update() {
		String why = emptyReason();
		empty.show(why);
		if (why == null) {
			MatchTab shown = current();
			tabs.forEach(t -> t.changed(t == shown));
		}
	}

	/** Shows a tab (0 store, 1 extras, 2 stages, 3 housing). */
	void select(int tab) {
		folder.setSelection(tab);
		current().showing();
	}

	/** The store tab (tests). */
	StoreTab store() {
		return store;
	}

	/** The extras tab (tests). */
	ExtrasTab extras() {
		return extras;
	}

	/** The stages tab (tests). */
	StagesTab stages() {
		return stages;
	}

	/** The housing tab (tests). */
	HousingTab housing() {
		return housing;
	}

	@Override
	protected boolean isDisposed() {
		return empty == null || empty.control().isDisposed();
	}

	@Override
	public void setFocus() {
		empty.focus(folder);
	}
}
