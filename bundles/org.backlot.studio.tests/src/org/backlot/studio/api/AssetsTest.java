// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.NewProduction;
import org.backlot.lighting.api.LightScene;
import org.backlot.model.lighting.LedWall;
import org.backlot.model.production.Production;
import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Studio;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digital assets: who uses them, rights that run out before a production is done, an LED environment as the wall's picture. */
class AssetsTest {
	@TempDir
	Path dir;

	private static DigitalAsset named(Studio s, String name) {
		return s.getAssets().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theBaseHasDigitalHumansAndLedEnvironmentsWithUsesAndRights() {
		Studio s = SmallStudios.of(6);
		assertTrue(Assets.of(s, AssetKind.DIGITAL_HUMAN).size() >= 3);
		assertTrue(Assets.of(s, AssetKind.LED_ENVIRONMENT).size() >= 3);
		DigitalAsset he = named(s, "Digital double: He Shan (character actor)");
		assertEquals(List.of("红灯笼 Red Lanterns"), Assets.productions(he));
		List<Assets.RightsConflict> conflicts = Assets.rightsConflicts(s);
		assertEquals(1, conflicts.size());
		assertEquals(he, conflicts.get(0).asset());
		assertEquals(LocalDate.of(2027, 3, 10), conflicts.get(0).expires());
		assertEquals(LocalDate.of(2027, 3, 17), conflicts.get(0).neededUntil());
		assertTrue(conflicts.get(0).message().contains("红灯笼 Red Lanterns"), conflicts.get(0).message());
	}

	@Test
	void rightsEndingBeforeTheLastShootDayAreAConflictOfThatProduction() {
		Studio s = SmallStudios.of(7);
		Production p = NewProduction.create("Night Ferry 夜渡", s);
		p.setStartDate(org.backlot.schedule.api.ShootCalendar.toDate(LocalDate.of(2027, 8, 1)));
		p.setWrapDate(org.backlot.schedule.api.ShootCalendar.toDate(LocalDate.of(2027, 8, 30)));
		DigitalAsset skyline = named(s, "Chongqing Night Skyline");
		AdapterFactoryEditingDomain d = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
		assertTrue(Assets.rightsConflicts(p).isEmpty(), "not used yet");
		d.getCommandStack().execute(Assets.use(d, skyline, p, LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 3)));
		assertTrue(Assets.productions(skyline).contains("Night Ferry 夜渡"));
		List<Assets.RightsConflict> c = Assets.rightsConflicts(p);
		assertEquals(1, c.size(), "the licence ends on Aug 14, the last day is the wrap on Aug 30");
		assertEquals(LocalDate.of(2027, 8, 30), c.get(0).neededUntil());
		d.getCommandStack().undo();
		assertFalse(Assets.productions(skyline).contains("Night Ferry 夜渡"));
	}

	@Test
	void anLedEnvironmentBecomesTheWallsPictureRelativeToTheProduction() throws Exception {
		Path file = Samples.ensure(dir);
		ResourceSet set = ModelFiles.store().createResourceSet();
		Production p = (Production) ModelFiles.store().load(set, file).getContents().get(0);
		Studio s = p.getStudio();
		LedWall wall = p.getLighting().getSets().get(0).getLedWall();
		for (DigitalAsset a : s.getAssets()) {
			Path preview = Assets.preview(a);
			assertTrue(Files.isRegularFile(preview), "the sample has every asset's preview: " + preview);
			BufferedImage img = ImageIO.read(preview.toFile());
			assertTrue(img.getWidth() >= 300, preview.toString());
		}
		DigitalAsset bamboo = named(s, "Bamboo Sea at Dawn");
		AdapterFactoryEditingDomain d = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), set);
		Command c = Assets.useAsLedPicture(d, wall, bamboo);
		assertTrue(c.canExecute());
		d.getCommandStack().execute(c);
		assertEquals("assets/led/bamboo-sea-at-dawn.jpg", wall.getImagePath(), "relative to the production file");
		assertEquals(List.of(p.getTitle()), Assets.productions(bamboo), "the production now uses the environment");
		assertEquals(BookingPurpose.USE, Assets.uses(bamboo).get(0).getPurpose());
		LightScene scene = LightScene.of(p.getLighting().getSetups().get(0), file.getParent());
		assertTrue(scene.problems().stream().noneMatch(m -> m.contains("bamboo")), scene.problems().toString());
		d.getCommandStack().undo();
		assertTrue(Assets.productions(bamboo).isEmpty());
		assertFalse(Assets.useAsLedPicture(d, wall, named(s, "Stunt horse 'Chitu'")).canExecute(), "a digital human is no LED picture");
	}

	@Test
	void aProductionElsewhereGetsAPathToTheStudiosFolder() throws Exception {
		Path file = Samples.ensure(dir.resolve("base"));
		ResourceSet set = ModelFiles.store().createResourceSet();
		Production p = (Production) ModelFiles.store().load(set, file).getContents().get(0);
		p.eResource().setURI(org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("shows/ferry/ferry.backlot").toString()));
		LedWall wall = p.getLighting().getSets().get(0).getLedWall();
		DigitalAsset river = named(p.getStudio(), "Jialing River in Rain");
		assertEquals("../../base/assets/led/jialing-river-in-rain.png", Assets.ledPicturePath(wall, river));
	}
}
