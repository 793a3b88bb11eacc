// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.backlot.breakdown.api.TagOperations;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.script.Scene;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The breakdown sheet of the selected scene: heading, number, length,
 * synopsis (editable) and each category's elements; Delete removes an element
 * from the scene, "Add element" adds one. Every edit is undoable.
 */
public class SheetView extends ProductionViewPart {
	private Label title;
	private Label facts;
	private Text synopsis;
	private TreeViewer tree;
	private EmptyState empty;
	private Colours colours;
	private Scene scene;

	@Override
	public void createPartControl(Composite parent) {
		colours = new Colours(new LocalResourceManager(JFaceResources.getResources(), parent));
		empty = new EmptyState(parent, () -> ImportScriptHandler.openWizard(parent.getShell()));
		Composite body = new Composite(empty.parent(), SWT.NONE);
		body.setLayout(new GridLayout());
		empty.content(body);
		title = new Label(body, SWT.WRAP);
		title.setFont(JFaceResources.getBannerFont());
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		facts = new Label(body, SWT.WRAP);
		facts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		synopsis = new Text(body, SWT.BORDER | SWT.WRAP | SWT.MULTI);
		synopsis.setMessage(Messages.synopsisHint);
		GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false);
		sd.heightHint = synopsis.getLineHeight() * 3;
		synopsis.setLayoutData(sd);
		synopsis.addListener(SWT.FocusOut, e -> saveSynopsis());
		tree = new TreeViewer(body, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setContentProvider(new SheetContent(() -> scene));
		tree.setLabelProvider(new SheetLabels(colours, () -> scene));
		tree.setAutoExpandLevel(2);
		tree.getControl().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				removeSelected();
			}
		});
		getSite().setSelectionProvider(tree);
		followSelection(this::follow);
		Action add = new Action(Messages.addElement) {
			@Override
			public void run() {
				addElement();
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(add);
		Action confirm = new Action(Messages.confirmSheet, ImageDescriptor.createFromURL(
				getClass().getResource("/icons/confirm.png"))) { //$NON-NLS-1$
			@Override
			public void run() {
				if (scene != null) {
					edit(NLS.bind(Messages.confirmAllLabel, scene.getNumber()), () -> TagOperations.confirmAll(production(), scene));
				}
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(confirm);
		startTracking();
	}

	@Override
	protected void show(ProductionDocument doc) {
		scene = null;
		refresh();
	}

	@Override
	protected void refresh() {
		if (title.isDisposed()) {
			return;
		}
		if (scene != null && (scene.eResource() == null || scene.isOmitted())) {
			scene = null;
		}
		if (scene == null && production() != null && production().getScript() != null) {
			// nothing chosen yet: the scene selected elsewhere, else the first one
			ISelection current = getSite().getPage().getSelection();
			scene = current instanceof IStructuredSelection s ? Selections.scene(s.getFirstElement()) : null;
			if (scene == null || EcoreUtil.getRootContainer(scene) != production()) {
				scene = production().getScript().getScenes().stream().filter(x -> !x.isOmitted()).findFirst().orElse(null);
			}
		}
		if (scene == null) {
			empty.show(production() == null ? Messages.noProduction
					: production().getScript() == null || production().getScript().getScenes().isEmpty() ? Messages.noScript
							: Messages.selectScene);
			return;
		}
		empty.show(null);
		title.setText(NLS.bind(Messages.sheetTitle, scene.getNumber(), Objects.toString(scene.getHeading(), ""))); //$NON-NLS-1$
		int extras = 0;
		for (ExtrasRequirement r : production().getBreakdown().getExtras()) {
			extras += r.getScene() == scene ? r.getCount() : 0;
		}
		String page = scene.getStartPage() > 0 ? NLS.bind(Messages.sheetFromPage, scene.getStartPage()) : ""; //$NON-NLS-1$
		String background = extras > 0 ? NLS.bind(Messages.sheetBackground, extras) : ""; //$NON-NLS-1$
		facts.setText(NLS.bind(Messages.sheetFacts, new Object[] { Labels.intExt(scene), Objects.toString(scene.getSetName(), ""), //$NON-NLS-1$
				Labels.time(scene), Labels.eighths(scene), page, background }));
		if (!synopsis.isFocusControl()) {
			synopsis.setText(Objects.toString(scene.getSynopsis(), "")); //$NON-NLS-1$
		}
		tree.setInput(production().getBreakdown());
		tree.refresh();
		title.getParent().layout(true);
	}

	private void saveSynopsis() {
		if (scene != null && !synopsis.getText().equals(Objects.toString(scene.getSynopsis(), ""))) { //$NON-NLS-1$
			Scene s = scene;
			String value = synopsis.getText();
			edit(NLS.bind(Messages.synopsisLabel, s.getNumber()), () -> s.setSynopsis(value));
		}
	}

	private void removeSelected() {
		List<Element> elements = new ArrayList<>();
		for (Object o : tree.getStructuredSelection()) {
			if (o instanceof Element e) {
				elements.add(e);
			}
		}
		if (scene == null || elements.isEmpty()) {
			return;
		}
		Scene s = scene;
		String names = String.join(", ", elements.stream().map(Element::getName).toList()); //$NON-NLS-1$
		edit(NLS.bind(Messages.removeLabel, names, s.getNumber()),
				() -> elements.forEach(e -> TagOperations.removeFromScene(production(), e, s)));
	}

	private void addElement() {
		if (scene == null) {
			return;
		}
		Object first = tree.getStructuredSelection().getFirstElement();
		Category preset = first instanceof Category c ? c : first instanceof Element e ? e.getCategory() : null;
		AddElementDialog d = new AddElementDialog(getSite().getShell(), production().getBreakdown().getCategories(), preset);
		if (d.open() == 0 && d.name() != null) {
			Scene s = scene;
			edit(NLS.bind(Messages.tagLabel, d.name(), Labels.categoryName(d.category())),
					() -> TagOperations.add(production(), d.category(), d.name(), s));
		}
	}

	private void follow(IWorkbenchPart part, ISelection sel) {
		if (!(sel instanceof IStructuredSelection s)) {
			return;
		}
		Object first = s.getFirstElement();
		Scene next = Selections.scene(first);
		if (next != null && next != scene && EcoreUtil.getRootContainer(next) == production()) {
			saveSynopsis();
			scene = next;
			refresh();
		}
	}

	/** The categories and elements of the scene (tests). */
	TreeViewer tree() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

}
