// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

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

import org.backlot.lighting.api.Source;
import org.backlot.lighting.ui.internal.LightingUi;
import org.backlot.lighting.ui.internal.PreviewFeed;
import org.backlot.lighting.ui.internal.SampleTestCase;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.shots.CameraSetup;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.internal.plan.FloorPart;
import org.backlot.ui.internal.plan.MarkPart;
import org.backlot.ui.internal.plan.PlanScale;
import org.backlot.ui.testing.WorkbenchTests;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.junit.jupiter.api.Test;

/** The light plot on the sample: its lamps, a lamp dropped from the palette, a lamp dragged with the preview following, and a set-up made for a camera. */
class LightPlotViewTest extends SampleTestCase {
	private static LightPlotView plot() throws Exception {
		LightPlotView view = (LightPlotView) page().showView(LightingUi.PLOT_VIEW);
		drain();
		view.zoomManager().setZoom(1);
		drain();
		return view;
	}

	private static <T> List<T> parts(LightPlotView view, Class<T> type) {
		List<T> out = new ArrayList<>();
		for (Object child : view.viewer().getContents().getChildren()) {
			if (type.isInstance(child)) {
				out.add(type.cast(child));
			}
		}
		return out;
	}

	private static Point absolute(LightPlotView view, double x, double y) {
		Point p = ((FloorPart) view.viewer().getContents()).scale().toPx(x, y);
		((GraphicalEditPart) view.viewer().getContents()).getContentPane().translateToAbsolute(p);
		return p;
	}

	@Test
	void theFirstSetupShowsItsLampsMarksCameraAndPalette() throws Exception {
		ProductionDocument doc = openSample();
		LightPlotView view = plot();
		LightingSetup setup = doc.production().getLighting().getSetups().get(0);
		assertSame(setup, view.viewer().getContents().getModel());
		assertEquals(setup.getFixtures().size(), parts(view, FixtureEditPart.class).size());
		assertEquals(Setups.marks(setup).size(), parts(view, MarkPart.class).size());
		assertEquals(1, parts(view, CameraEditPart.class).size());
		FixtureType type = setup.getFixtures().get(0).getType();
		ToolEntry entry = view.palette().entry(type);
		assertNotNull(entry, "the palette offers the studio's types");
		int left = Setups.inStock(Setups.studio(doc.production()), type) - Setups.used(setup, type);
		assertTrue(entry.getLabel().contains(String.valueOf(left)), entry.getLabel());
	}

	@Test
	void droppingAPaletteTypeAddsALampAndOneUndoRemovesIt() throws Exception {
		ProductionDocument doc = openSample();
		LightPlotView view = plot();
		LightingSetup setup = (LightingSetup) view.viewer().getContents().getModel();
		FixtureType type = Setups.studio(doc.production()).getFixtureTypes().stream().filter(t -> t.getName().startsWith("Tungsten Fresnel 2"))
				.findFirst().orElseThrow();
		int before = setup.getFixtures().size();
		CreateRequest drop = new CreateRequest();
		drop.setFactory(FixturePalette.factory(type));
		drop.setLocation(absolute(view, 5, 4));
		Command command = view.viewer().getContents().getCommand(drop);
		assertNotNull(command, "the floor takes palette entries");
		view.viewer().getEditDomain().getCommandStack().execute(command);
		drain();
		assertEquals(before + 1, setup.getFixtures().size());
		Fixture added = setup.getFixtures().get(before);
		assertSame(type, added.getType());
		assertEquals(5, added.getX(), 0.05);
		assertEquals(4, added.getY(), 0.05);
		assertTrue(added.getTilt() < 0, "a new lamp on a stand is aimed down at the nearest actor");
		assertEquals(before + 1, parts(view, FixtureEditPart.class).size(), "the plot shows it");
		assertTrue(doc.domain().getCommandStack().getUndoCommand().getLabel().contains(added.getName()));
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(before, setup.getFixtures().size());
		assertFalse(setup.getFixtures().contains(added));
		assertEquals(before, parts(view, FixtureEditPart.class).size());
	}

	@Test
	void draggingALampPreviewsItWhileTheMouseMovesAndTheDropIsOneCommand() throws Exception {
		ProductionDocument doc = openSample();
		LightPlotView view = plot();
		PreviewFeed feed = PreviewFeed.get();
		FixtureEditPart part = parts(view, FixtureEditPart.class).get(0);
		Fixture lamp = part.fixture();
		double x = lamp.getX();
		ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
		move.setEditParts(part);
		move.setMoveDelta(new Point(PlanScale.PX_PER_M, 0));
		part.showSourceFeedback(move);
		assertTrue(WorkbenchTests.waitUntil(feed::isTransient, 10), "the drag is previewed");
		Source moved = feed.scene().sources().stream().filter(s -> lamp.getId().equals(s.id)).findFirst().orElseThrow();
		assertEquals(x + 1, moved.position.x(), 0.02, "the preview has the lamp where the mouse is");
		assertEquals(x, lamp.getX(), 1e-9, "the model is untouched while dragging");
		Command command = part.getCommand(move);
		part.eraseSourceFeedback(move);
		view.viewer().getEditDomain().getCommandStack().execute(command);
		drain();
		assertEquals(x + 1, lamp.getX(), 0.02);
		assertFalse(feed.isTransient(), "after the drop the preview shows the model");
		assertFalse(view.viewer().getEditDomain().getCommandStack().canUndo(), "GEF keeps no second history");
		doc.domain().getCommandStack().undo();
		drain();
		assertEquals(x, lamp.getX(), 1e-9);
	}

	@Test
	void keysPanTiltAndDimTheSelectedLampAndDeleteRemovesIt() throws Exception {
		ProductionDocument doc = openSample();
		LightPlotView view = plot();
		FixtureEditPart part = parts(view, FixtureEditPart.class).get(0);
		Fixture lamp = part.fixture();
		view.viewer().select(part);
		drain();
		double pan = lamp.getPan();
		double dimmer = lamp.getDimmer();
		view.actions().pan(PlotActions.STEP_DEGREES);
		assertEquals((pan + PlotActions.STEP_DEGREES) % 360, lamp.getPan(), 1e-9);
		view.actions().dim(-PlotActions.DIM_STEP);
		assertEquals(Math.max(0, dimmer - PlotActions.DIM_STEP), lamp.getDimmer(), 1e-6);
		LightingSetup setup = (LightingSetup) lamp.eContainer();
		view.actions().delete();
		assertFalse(setup.getFixtures().contains(lamp));
		doc.domain().getCommandStack().undo();
		doc.domain().getCommandStack().undo();
		doc.domain().getCommandStack().undo();
		assertTrue(setup.getFixtures().contains(lamp));
		assertEquals(pan, lamp.getPan(), 1e-9);
		assertEquals(dimmer, lamp.getDimmer(), 1e-9);
	}

	@Test
	void aProductionWithoutSetupsOffersToCreateOneForACameraInOneCommand() throws Exception {
		ProductionDocument doc = openSample();
		LightPlotView view = plot();
		List<LightingSetup> setups = List.copyOf(doc.production().getLighting().getSetups());
		doc.domain().getCommandStack().execute(RemoveCommand.create(doc.domain(), doc.production().getLighting(),
				org.backlot.model.lighting.LightingPackage.Literals.LIGHTING_PLAN__SETUPS, setups));
		drain();
		assertTrue(view.showsEmptyState());
		assertNull(view.setup());
		CameraSetup camera = doc.production().getShotList().getSetups().get(0);
		LightingSetup made = view.createSetup(camera);
		drain();
		assertNotNull(made);
		assertSame(camera, made.getCameraSetup());
		assertSame(made, view.setup());
		assertFalse(view.showsEmptyState());
		assertNotNull(made.getSet(), "it lights the camera's set");
		doc.domain().getCommandStack().undo();
		drain();
		assertTrue(view.showsEmptyState());
		assertTrue(doc.production().getLighting().getSetups().isEmpty());
	}
}
