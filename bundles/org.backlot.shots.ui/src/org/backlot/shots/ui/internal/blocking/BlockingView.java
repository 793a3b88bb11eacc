// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import java.util.Set;

import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.Shot;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.api.ProductionViewPart;
import org.backlot.ui.internal.plan.PlanViewer;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The blocking diagram: the selected scene's set plan from above (floor,
 * walls, pieces, camera set-ups with their fields of view, actors' marks and
 * moves, lights). Dragging and the toolbar change the model through the
 * production's command stack only.
 */
public class BlockingView extends ProductionViewPart {
	private final PlanContext context = new PlanContext();
	private Composite stack;
	private StackLayout layout;
	private EmptyState empty;
	private Composite diagram;
	private Label status;
	private PlanViewer planViewer;
	private BlockingActions actions;
	private Scene scene;
	private CameraSetup highlight;

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);
		diagram = new Composite(stack, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		grid.verticalSpacing = 2;
		diagram.setLayout(grid);
		planViewer = new PlanViewer(diagram, BlockingPartFactory.of(context), this::document);
		viewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer().getControl().setBackground(diagram.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		status = new Label(diagram, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		actions = new BlockingActions(viewer(), context, zoomManager());
		viewer().setKeyHandler(new BlockingKeyHandler(viewer(), () -> actions.pan(BlockingKeyHandler.STEP), () -> actions.pan(-BlockingKeyHandler.STEP)));
		empty = new EmptyState(stack, () -> actions.createPlan());
		actions.fill(getViewSite().getActionBars().getToolBarManager());
		getSite().setSelectionProvider(planViewer.selection());
		viewer().addSelectionChangedListener(e -> actions.update(shownPlan()));
		layout.topControl = empty.control();
		followSelection(this::follow);
		startTracking();
		ISelection current = getSite().getPage().getSelection();
		if (current != null) {
			follow(null, current);
		}
	}

	private void follow(IWorkbenchPart part, ISelection selection) {
		if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			return;
		}
		Object first = s.getFirstElement();
		if (!(first instanceof org.eclipse.emf.ecore.EObject) && first instanceof IAdaptable a) {
			Object adapted = a.getAdapter(org.eclipse.emf.ecore.EObject.class);
			first = adapted != null ? adapted : first;
		}
		Scene next = ScenePlans.sceneOf(first);
		if (next != null) {
			showScene(next, first instanceof Shot shot ? shot.getSetup() : null);
		}
	}

	/** Shows a scene's plan, highlighting a set-up (null: none). Public for tests. */
	public void showScene(Scene s, CameraSetup setup) {
		scene = s;
		highlight = setup;
		refresh();
	}

	@Override
	protected void show(ProductionDocument doc) {
		undoRedoFor(doc);
		if (scene != null && (doc == null || doc.production() == null || scene.eResource() != doc.production().eResource())) {
			scene = null;
			highlight = null;
		}
		refresh();
	}

	@Override
	protected void refresh() {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		Production p = production();
		SetPlan plan = null;
		if (p == null) {
			showEmpty(Messages.noProduction, false);
		} else if (scene == null || scene.eResource() == null) {
			showEmpty(Messages.noScene, false);
		} else {
			plan = ScenePlans.planOf(p, scene);
			Set<CameraSetup> setups = ScenePlans.setupsOf(p, scene);
			context.set(document(), scene, setups, highlight);
			if (plan == null) {
				showEmpty(NLS.bind(Messages.noPlan, scene.getNumber(), ScenePlans.planName(scene)), true);
			} else {
				showPlan(p, plan);
			}
		}
		actions.update(plan);
	}

	private void showEmpty(String text, boolean canCreate) {
		planViewer.clear();
		empty.show(text, canCreate);
		layout.topControl = empty.control();
		stack.layout();
	}

	private void showPlan(Production p, SetPlan plan) {
		if (planViewer.show(plan)) {
			// a new plan is shown whole, once the viewer has laid it out
			diagram.getDisplay().asyncExec(() -> {
				if (!diagram.isDisposed() && shownPlan() == plan) {
					zoomManager().setZoomAsText(ZoomManager.FIT_ALL);
				}
			});
		}
		int cameras = ScenePlans.cameras(p, plan).size();
		status.setText(NLS.bind(Messages.status, new Object[] { plan.getName(), num(plan.getWidthM()), num(plan.getDepthM()), cameras,
				plan.getMarks().size(), ScenePlans.fixtures(p, plan).size() }));
		if (layout.topControl != diagram) {
			layout.topControl = diagram;
			stack.layout();
		}
	}

	private static String num(double d) {
		return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
	}

	private SetPlan shownPlan() {
		return planViewer.shown() instanceof SetPlan plan ? plan : null;
	}


	/** The diagram's viewer (for tests). */
	public GraphicalViewer viewer() {
		return planViewer.viewer();
	}

	/** The zoom of the diagram. */
	public ZoomManager zoomManager() {
		return planViewer.zoom();
	}

	/** The plan shown, or null (for tests). */
	public SetPlan plan() {
		return shownPlan();
	}

	/** Creates the shown scene's plan when it has none, as the empty state's button does (for tests). */
	public void createPlan() {
		actions.createPlan();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		T shared = planViewer == null ? null : planViewer.adapter(adapter);
		return shared != null ? shared : super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		if (layout.topControl == diagram) {
			viewer().getControl().setFocus();
		} else {
			empty.control().setFocus();
		}
	}
}
