// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.backlot.ui.api.Actions;
import org.backlot.breakdown.api.AutoBreakdown;
import org.backlot.breakdown.api.TagOperations;
import org.backlot.breakdown.api.Taggers;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;

/**
 * Tagging in the script view: the context menu (tag as, confirm, reject,
 * change category, confirm all, re-tag) and the keys (1 to 9 tag the selected
 * words, Enter confirms, Delete rejects). Each is one undoable command.
 */
final class TagActions {
	private final ScriptView view;

	TagActions(ScriptView view) {
		this.view = view;
	}

	void key(Event e) {
		Production p = view.production();
		if (p == null || p.getBreakdown() == null || (e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0) {
			return;
		}
		if (e.character >= '0' && e.character <= '9') {
			for (Category c : p.getBreakdown().getCategories()) {
				if (c.getShortcut() == e.character - '0' && c.getShortcut() > 0) {
					tagSelection(c);
					e.doit = false;
					return;
				}
			}
		} else if (e.character == SWT.CR) {
			ElementOccurrence o = view.tagAtCaret();
			if (o != null && !o.isConfirmed()) {
				confirm(o);
				e.doit = false;
			}
		} else if (e.character == SWT.DEL || e.keyCode == SWT.DEL) {
			ElementOccurrence o = view.tagAtCaret();
			if (o != null) {
				reject(o);
				e.doit = false;
			}
		}
	}

	/** The toolbar's "Tag As" drop-down: the categories, each tagging the selected words. */
	Action toolbarTagAs() {
		Action tagAs = new Action(Messages.tagAs, IAction.AS_DROP_DOWN_MENU) {
			@Override
			public void run() {
				view.getViewSite().getActionBars().getStatusLineManager().setMessage(Messages.selectWithinParagraph);
			}
		};
		tagAs.setMenuCreator(new IMenuCreator() {
			private MenuManager manager;

			@Override
			public Menu getMenu(Control parent) {
				dispose();
				manager = new MenuManager();
				Production p = view.production();
				if (p != null && p.getBreakdown() != null) {
					for (Category c : p.getBreakdown().getCategories()) {
						manager.add(Actions.of(Labels.category(c), () -> tagSelection(c)));
					}
				}
				return manager.createContextMenu(parent);
			}

			@Override
			public Menu getMenu(Menu parent) {
				return null;
			}

			@Override
			public void dispose() {
				if (manager != null) {
					manager.dispose();
					manager = null;
				}
			}
		});
		return tagAs;
	}

	void fill(IMenuManager menu) {
		Production p = view.production();
		if (p == null || p.getBreakdown() == null) {
			return;
		}
		MenuManager tagAs = new MenuManager(Messages.tagAs);
		for (Category c : p.getBreakdown().getCategories()) {
			tagAs.add(Actions.of(Labels.category(c), () -> tagSelection(c)));
		}
		tagAs.setVisible(selected() != null);
		menu.add(tagAs);
		ElementOccurrence o = view.tagAtCaret();
		if (o != null) {
			Action confirm = Actions.of(Messages.confirmTag + "\tEnter", () -> confirm(o)); //$NON-NLS-1$
			confirm.setEnabled(!o.isConfirmed());
			menu.add(confirm);
			menu.add(Actions.of(Messages.rejectTag + "\tDelete", () -> reject(o))); //$NON-NLS-1$
			MenuManager move = new MenuManager(Messages.changeCategory);
			Element e = (Element) o.eContainer();
			for (Category c : p.getBreakdown().getCategories()) {
				if (c != e.getCategory()) {
					move.add(Actions.of(Labels.categoryName(c), () -> recategorise(o, c)));
				}
			}
			menu.add(move);
		}
		Scene scene = view.sceneAtCaret();
		if (scene != null) {
			menu.add(new Separator());
			menu.add(Actions.of(NLS.bind(Messages.confirmAll, scene.getNumber()), () -> view.edit(
					NLS.bind(Messages.confirmAllLabel, scene.getNumber()), () -> TagOperations.confirmAll(p, scene))));
			menu.add(Actions.of(NLS.bind(Messages.retag, scene.getNumber()), () -> view.edit(
					NLS.bind(Messages.retagLabel, scene.getNumber()), () -> new AutoBreakdown(p).retag(scene, new Taggers()))));
		}
	}

	private void tagSelection(Category c) {
		Span s = selected();
		if (s == null) {
			view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.selectWithinParagraph);
			return;
		}
		view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		String words = s.placed().paragraph().getText().substring(s.start(), s.start() + s.length());
		view.edit(NLS.bind(Messages.tagLabel, TagOperations.elementName(words), Labels.categoryName(c)),
				() -> TagOperations.tag(view.production(), c, s.placed().paragraph(), s.start(), s.length()));
	}

	private void confirm(ElementOccurrence o) {
		view.edit(NLS.bind(Messages.confirmLabel, ((Element) o.eContainer()).getName()), () -> TagOperations.confirm(o));
	}

	private void reject(ElementOccurrence o) {
		view.edit(NLS.bind(Messages.rejectLabel, ((Element) o.eContainer()).getName()),
				() -> TagOperations.reject(view.production(), o));
	}

	private void recategorise(ElementOccurrence o, Category c) {
		view.edit(NLS.bind(Messages.tagLabel, ((Element) o.eContainer()).getName(), Labels.categoryName(c)),
				() -> TagOperations.recategorise(view.production(), o, c));
	}

	/** A selection inside one paragraph, trimmed of spaces. */
	record Span(ScriptPage.Placed placed, int start, int length) {
	}

	private Span selected() {
		ScriptPage page = view.page();
		Point sel = view.widget().getSelection();
		if (page == null || sel.y <= sel.x) {
			return null;
		}
		ScriptPage.Placed p = page.at(sel.x);
		if (p == null || p.scene() == null || sel.y > p.end()) {
			return null;
		}
		String text = p.paragraph().getText();
		int start = sel.x - p.start();
		int end = sel.y - p.start();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end > start ? new Span(p, start, end - start) : null;
	}
}
