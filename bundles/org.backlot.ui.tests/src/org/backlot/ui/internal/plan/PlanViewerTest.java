// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.shots.ShotsPackage;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared floor plan on a small plan with one mark: its parts, its workbench selection, and a drag as one command on the production's stack. */
class PlanViewerTest {
	private static final PlanLook LOOK = new PlanLook(ColorConstants.white, ColorConstants.lightGray, ColorConstants.black, 4, true,
			ColorConstants.darkBlue, ColorConstants.black, ColorConstants.red);
	private Shell shell;
	private AdapterFactoryEditingDomain domain;
	private SetPlan plan;
	private ActorMark mark;
	private PlanViewer viewer;

	/** A floor of the plan with its marks, movable. */
	private final class TestFloor extends FloorPart {
		TestFloor(SetPlan p) {
			super(p, LOOK);
		}

		@Override
		public double[] floorSize() {
			return new double[] { plan.getWidthM(), plan.getDepthM() };
		}

		@Override
		protected SetGeometry set() {
			return null;
		}

		@Override
		protected List<Notifier> notifiers() {
			return List.of(plan);
		}

		@Override
		protected List<Object> getModelChildren() {
			return new ArrayList<>(plan.getMarks());
		}

		@Override
		protected void createEditPolicies() {
			installEditPolicy(EditPolicy.LAYOUT_ROLE, new PlanLayoutPolicy((node, x, y) -> {
				CompoundCommand c = new CompoundCommand("Move"); //$NON-NLS-1$
				c.append(SetCommand.create(domain, node.object(), ShotsPackage.Literals.ACTOR_MARK__X, x));
				c.append(SetCommand.create(domain, node.object(), ShotsPackage.Literals.ACTOR_MARK__Y, y));
				return c;
			}));
		}
	}

	@BeforeEach
	void open() {
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
		Production production = ProductionFactory.eINSTANCE.createProduction();
		ProductionDocument doc = new ForwardingCommandStackTest.Doc(domain, production);
		plan = ShotsFactory.eINSTANCE.createSetPlan();
		plan.setWidthM(6);
		plan.setDepthM(4);
		mark = ShotsFactory.eINSTANCE.createActorMark();
		mark.setName("Anna"); //$NON-NLS-1$
		mark.setX(2);
		mark.setY(1);
		plan.getMarks().add(mark);
		shell = new Shell(Display.getDefault());
		shell.setSize(500, 400);
		PartFactory parts = new PartFactory().on(SetPlan.class, TestFloor::new).on(ActorMark.class, m -> new MarkPart(m, true));
		viewer = new PlanViewer(shell, parts, () -> doc);
		viewer.viewer().getControl().setSize(500, 400);
		shell.open();
	}

	/** Lets the viewer lay out what it shows. */
	private static void drain() {
		while (Display.getCurrent().readAndDispatch()) {
			// let the deferred layout run
		}
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private MarkPart markPart() {
		return (MarkPart) viewer.viewer().getEditPartRegistry().get(mark);
	}

	@Test
	void partsComeByModelClassAndStandOnTheirPlanPoint() {
		assertTrue(viewer.show(plan), "new contents");
		drain();
		assertFalse(viewer.show(plan), "the same plan is refreshed");
		assertSame(plan, viewer.shown());
		MarkPart part = markPart();
		assertNotNull(part);
		Point shown = part.getFigure().getBounds().getTopLeft().getTranslated(((Anchored) part.getFigure()).anchor());
		assertEquals(new PlanScale(4).toPx(2, 1), shown);
		assertEquals("A", MarkPart.shortText(mark)); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> new PartFactory().createEditPart(null, mark));
		viewer.clear();
		assertNull(viewer.shown());
	}

	@Test
	void theWorkbenchSeesTheSelectedModelsAndCanSelectThem() {
		viewer.show(plan);
		drain();
		ISelectionProvider selection = viewer.selection();
		List<Object> published = new ArrayList<>();
		selection.addSelectionChangedListener(e -> published.add(((IStructuredSelection) e.getSelection()).getFirstElement()));
		viewer.viewer().select(markPart());
		assertSame(mark, published.get(published.size() - 1), "the mark is published");
		assertSame(mark, ((IStructuredSelection) selection.getSelection()).getFirstElement());
		viewer.viewer().deselectAll();
		assertSame(plan, ((IStructuredSelection) selection.getSelection()).getFirstElement(), "with nothing selected, the plan itself");
		selection.setSelection(new StructuredSelection(mark));
		List<?> parts = viewer.viewer().getSelectedEditParts();
		assertEquals(1, parts.size());
		assertSame(markPart(), parts.get(0));
	}

	@Test
	void aDragIsOneCommandOnTheProductionStackAndGefKeepsNoHistory() {
		viewer.show(plan);
		drain();
		ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
		move.setEditParts(markPart());
		move.setMoveDelta(new Point(PlanScale.PX_PER_M, -PlanScale.PX_PER_M));
		Command command = markPart().getCommand(move);
		assertNotNull(command, "the layout policy moves a movable mark");
		assertTrue(command.canExecute());
		viewer.viewer().getEditDomain().getCommandStack().execute(command);
		assertEquals(3, mark.getX(), 0.02);
		assertEquals(2, mark.getY(), 0.02);
		assertFalse(viewer.viewer().getEditDomain().getCommandStack().canUndo(), "GEF keeps no second history");
		domain.getCommandStack().undo();
		assertEquals(2, mark.getX(), 1e-9);
		assertFalse(domain.getCommandStack().canUndo(), "one EMF command for the drag");
		assertSame(viewer.viewer(), viewer.adapter(org.eclipse.gef.GraphicalViewer.class));
		assertSame(viewer.zoom(), viewer.adapter(org.eclipse.gef.editparts.ZoomManager.class));
		assertNull(viewer.adapter(EditPart.class));
	}
}
