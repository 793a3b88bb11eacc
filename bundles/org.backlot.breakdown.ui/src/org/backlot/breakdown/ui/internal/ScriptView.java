// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.List;

import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.script.Scene;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.backlot.ui.api.SelectionPublisher;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The script as a page, with every tag highlighted in its category colour
 * (suggestions dashed until confirmed). Select words and press a category's
 * number key (or use the context menu) to tag them; Enter confirms and Delete
 * rejects the tag at the caret. Follows the selected scene.
 */
public class ScriptView extends ProductionViewPart {
	private static final int PAGE_COLUMNS = 66;
	private StyledText text;
	private ScriptPage page;
	private List<ScriptStyles.TagSpan> tags = List.of();
	private Colours colours;
	private EmptyState empty;
	private final SelectionPublisher selection = new SelectionPublisher();
	private Scene published;

	@Override
	public void createPartControl(Composite parent) {
		colours = new Colours(new LocalResourceManager(JFaceResources.getResources(), parent));
		empty = new EmptyState(parent, () -> ImportScriptHandler.openWizard(parent.getShell()));
		Composite desk = new Composite(empty.parent(), SWT.NONE);
		desk.setBackground(desk.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		GridLayout layout = new GridLayout();
		layout.marginHeight = 6;
		desk.setLayout(layout);
		empty.content(desk);
		text = new StyledText(desk, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
		text.setFont(JFaceResources.getTextFont());
		text.setMargins(48, 24, 24, 24);
		text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		GridData page = new GridData(SWT.CENTER, SWT.FILL, true, true);
		page.widthHint = pageWidth();
		text.setLayoutData(page);
		TagActions actions = new TagActions(this);
		text.addListener(SWT.KeyDown, actions::key);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fill);
		text.setMenu(menu.createContextMenu(text));
		getViewSite().getActionBars().getToolBarManager().add(actions.toolbarTagAs());
		text.addCaretListener(e -> publish());
		getSite().setSelectionProvider(selection);
		followSelection(this::follow);
		startTracking();
	}

	private int pageWidth() {
		GC gc = new GC(text);
		try {
			return (int) (gc.getFontMetrics().getAverageCharacterWidth() * PAGE_COLUMNS) + 72;
		} finally {
			gc.dispose();
		}
	}

	/** The text widget (for the tag actions). */
	StyledText widget() {
		return text;
	}

	/** The laid-out page, or null. */
	ScriptPage page() {
		return page;
	}

	/** The tag under the caret (or just before it), or null. */
	ElementOccurrence tagAtCaret() {
		int caret = text.getCaretOffset();
		for (ScriptStyles.TagSpan t : tags) {
			if (t.start() <= caret && caret <= t.end()) {
				return t.occurrence();
			}
			if (t.start() > caret) {
				break;
			}
		}
		return null;
	}

	/** The scene at the caret, or null. */
	Scene sceneAtCaret() {
		if (page == null) {
			return null;
		}
		ScriptPage.Placed p = page.at(text.getCaretOffset());
		return p == null ? null : p.scene();
	}

	@Override
	protected void show(ProductionDocument doc) {
		page = null;
		published = null;
		if (!text.isDisposed()) {
			text.setText(""); //$NON-NLS-1$
		}
		refresh();
		// a production shown before the view is laid out would otherwise open a line down
		text.getDisplay().asyncExec(() -> {
			if (!text.isDisposed()) {
				text.setTopPixel(0);
			}
		});
	}

	@Override
	protected void refresh() {
		if (text.isDisposed()) {
			return;
		}
		if (production() == null || production().getScript() == null || production().getScript().getScenes().isEmpty()) {
			page = null;
			tags = List.of();
			text.setText(""); //$NON-NLS-1$
			empty.show(production() == null ? Messages.noProduction : Messages.noScript);
			return;
		}
		empty.show(null);
		int top = text.getTopIndex();
		int caret = text.getCaretOffset();
		page = new ScriptPage(production().getScript());
		tags = ScriptStyles.apply(text, page, production().getBreakdown(), colours);
		text.setCaretOffset(Math.min(caret, text.getCharCount()));
		text.setTopIndex(top);
		if (published == null) {
			publish();
		}
	}

	/** Scrolls to a scene and puts the caret on its heading. */
	void reveal(Scene scene) {
		if (page == null || scene == null) {
			return;
		}
		int at = page.sceneStart(scene);
		if (at >= 0) {
			text.setCaretOffset(at);
			text.setTopIndex(Math.max(0, text.getLineAtOffset(at) - 1));
		}
	}

	private void publish() {
		Scene s = sceneAtCaret();
		if (s != published) {
			published = s;
			selection.publish(s == null ? List.of() : List.of(s));
		}
	}

	private void follow(IWorkbenchPart part, ISelection sel) {
		if (!(sel instanceof IStructuredSelection s) || text.isDisposed()) {
			return;
		}
		Object first = s.getFirstElement();
		Scene scene = Selections.scene(first);
		if (scene != null && scene != sceneAtCaret()) {
			published = scene;
			reveal(scene);
		}
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

}
