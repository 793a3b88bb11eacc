// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.blocking;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.script.Scene;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.shots.ui.internal.SampleTestCase;
import org.backlot.shots.ui.internal.ShotsUi;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.internal.plan.Anchored;
import org.backlot.ui.internal.plan.FloorPart;
import org.backlot.ui.internal.plan.MarkPart;
import org.backlot.ui.internal.plan.PlanScale;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** The blocking diagram on the sample production: scene 3's tea-house plan, dragging and panning a camera, undo, a new plan. */
class BlockingViewTest extends SampleTestCase {
	private static Scene scene(ProductionDocument doc, String number) {
		return doc.production().getScript().getScenes().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	private static <T> List<T> parts(BlockingView view, Class<T> type) {
		List<T> out = new ArrayList<>();
		for (Object child : view.viewer().getContents().getChildren()) {
			if (type.isInstance(child)) {
				out.add(type.cast(child));
			}
		}
		return out;
	}

	private static BlockingView sceneThree(ProductionDocument doc) throws Exception {
		BlockingView view = (BlockingView) page().showView(ShotsUi.BLOCKING_VIEW);
		drain();
		view.showScene(scene(doc, "3"), null);
		drain(); // a new plan is first fitted to the view
		view.zoomManager().setZoom(1);
		drain();
		return view;
	}

	@Test
	void sceneThreeShowsTheTeaHouseWithItsCamerasMarksAndLights() throws Exception {
		ProductionDocument doc = openSample();
		BlockingView view = sceneThree(doc);
		SetPlan plan = view.plan();
		assertNotNull(plan, "scene 3 has a plan");
		assertTrue(plan.getName().contains("Tea house"));
		List<CameraEditPart> cameras = parts(view, CameraEditPart.class);
		assertTrue(cameras.size() >= 2, "its two set-ups at least");
		assertTrue(cameras.stream().anyMatch(c -> c.setup().getName().startsWith("A:")));
		assertTrue(cameras.stream().anyMatch(c -> c.setup().getName().startsWith("B:")));
		assertEquals(plan.getMarks().size(), parts(view, MarkPart.class).size());
		assertEquals(plan.getMoves().size(), parts(view, MoveEditPart.class).size());
		assertEquals(ScenePlans.fixtures(doc.production(), plan).size(), parts(view, LightEditPart.class).size(), "the lit set's fixtures");
	}

	@Test
	void draggingACameraMovesItsSetupOnTheProductionStackAndUndoRestoresIt() throws Exception {
		ProductionDocument doc = openSample();
		BlockingView view = sceneThree(doc);
		CameraEditPart part = parts(view, CameraEditPart.class).stream().filter(c -> c.setup().getName().startsWith("A:")).findFirst()
				.orElseThrow();
		CameraSetup wide = part.setup();
		double x = wide.getX();
		double y = wide.getY();
		ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
		move.setEditParts(part);
		move.setMoveDelta(new Point(PlanScale.PX_PER_M, -2 * PlanScale.PX_PER_M)); // 1 m along x, 2 m up the plan
		Command command = part.getCommand(move);
		assertNotNull(command, "the layout policy moves cameras");
		assertTrue(command.canExecute());
		view.viewer().getEditDomain().getCommandStack().execute(command);
		assertEquals(x + 1, wide.getX(), 0.03);
		assertEquals(y + 2, wide.getY(), 0.03);
		assertFalse(view.viewer().getEditDomain().getCommandStack().canUndo(), "GEF keeps no second history");
		assertTrue(doc.domain().getCommandStack().getUndoCommand().getLabel().contains(wide.getName()));
		drain();
		Point shown = part.getFigure().getBounds().getTopLeft().getTranslated(((Anchored) part.getFigure()).anchor());
		assertEquals(((FloorPart) view.viewer().getContents()).scale().toPx(wide.getX(), wide.getY()), shown, "the glyph followed");
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(x, wide.getX(), 1e-9);
		assertEquals(y, wide.getY(), 1e-9);
	}

	@Test
	void selectingACameraPublishesItsSetupAndArrowKeysPanIt() throws Exception {
		ProductionDocument doc = openSample();
		BlockingView view = sceneThree(doc);
		CameraEditPart part = parts(view, CameraEditPart.class).get(0);
		view.viewer().select(part);
		drain();
		IStructuredSelection published = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
		assertSame(part.setup(), published.getFirstElement(), "Properties shows the set-up");
		double pan = part.setup().getPan();
		Event e = new Event();
		e.widget = view.viewer().getControl();
		e.keyCode = SWT.ARROW_LEFT;
		assertTrue(view.viewer().getKeyHandler().keyPressed(new KeyEvent(e)));
		assertEquals((pan + BlockingKeyHandler.STEP) % 360, part.setup().getPan(), 1e-9);
		doc.domain().getCommandStack().undo();
		assertEquals(pan, part.setup().getPan(), 1e-9);
	}

	@Test
	void aSceneWithoutAPlanOffersToCreateOneInOneCommand() throws Exception {
		ProductionDocument doc = openSample();
		BlockingView view = (BlockingView) page().showView(ShotsUi.BLOCKING_VIEW);
		drain();
		Scene eleven = scene(doc, "11");
		view.showScene(eleven, null);
		drain();
		assertNull(view.plan());
		EditPart none = view.viewer().getContents();
		assertNull(none);
		view.createPlan();
		drain();
		SetPlan plan = view.plan();
		assertNotNull(plan);
		assertEquals(ScenePlans.planName(eleven), plan.getName());
		assertEquals(12, plan.getWidthM());
		assertEquals(8, plan.getDepthM());
		doc.domain().getCommandStack().undo();
		drain();
		assertNull(view.plan());
	}
}
