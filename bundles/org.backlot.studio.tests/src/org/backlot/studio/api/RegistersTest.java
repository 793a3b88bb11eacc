// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.Registers.Imported;
import org.backlot.studio.api.Registers.Kind;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registers move out and back in as spreadsheets: stable columns, Chinese text, updates by key, every bad cell named, nothing changed on error. */
class RegistersTest {
	private static Studio generated;
	@TempDir
	Path dir;
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());

	@BeforeAll
	static void generate() {
		generated = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
	}

	private Path csv(String name, String text) throws Exception {
		Path p = dir.resolve(name);
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}

	@Test
	void everyRegisterRoundTripsUnchanged() throws Exception {
		for (Kind k : Kind.values()) {
			Path file = dir.resolve(k.key() + ".csv");
			Registers.export(generated, k, file);
			Imported im = Registers.prepare(domain, generated, k, file);
			assertEquals(0, im.added(), k.key());
			assertEquals(0, im.updated(), k.key());
			assertTrue(im.unchanged() > 0, k.key());
			assertTrue(im.command().canExecute());
		}
		assertEquals(generated.getExtras().size(), Registers.prepare(domain, generated, Kind.EXTRAS, dir.resolve("extras.csv")).unchanged());
	}

	@Test
	void exportIsExcelFriendlyWithStableColumnsAndChinese() {
		byte[] bytes = Registers.export(generated, Kind.INVENTORY);
		assertEquals(0xEF, bytes[0] & 255, "UTF-8 byte order mark");
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		String header = text.substring(0, text.indexOf("\r\n"));
		assertEquals("id,code,nameZh,nameEn,kind,period,style,size,colour,condition,quantity,tags,photoPath", header);
		assertEquals(String.join(",", Registers.columns(Kind.INVENTORY)), header);
		assertTrue(text.contains("民国重庆"), "Chinese periods are written as they are");
		assertEquals(generated.getInventory().size() + 1, text.split("\r\n").length);
	}

	@Test
	void updatesMatchedRecordsAddsNewOnesInOneUndoableCommand() throws Exception {
		Studio s = SmallStudios.of(1);
		Extra first = s.getExtras().get(0);
		int height = first.getHeightCm();
		Path file = csv("extras.csv", "\uFEFFcode,name,gender,heightCm,looks,languages,unavailable\r\n"
				+ first.getCode() + "," + first.getName() + "," + first.getGender() + ",199,\"police; 警察\",Mandarin,2027-03-01..2027-03-03\r\n"
				+ "E-99999,新人 王,female,165,,Mandarin; English,2027/3/9\r\n");
		Imported im = Registers.prepare(domain, s, Kind.EXTRAS, file);
		assertEquals(1, im.added());
		assertEquals(1, im.updated());
		assertEquals(height, first.getHeightCm(), "nothing changes before the command runs");
		domain.getCommandStack().execute(im.command());
		assertEquals(199, first.getHeightCm());
		assertEquals(List.of("police", "警察"), first.getLooks());
		assertEquals(LocalDate.of(2027, 3, 3), ShootCalendar.toLocal(first.getUnavailable().get(0).getTo()));
		Extra added = s.getExtras().get(s.getExtras().size() - 1);
		assertEquals("E-99999", added.getCode());
		assertEquals(Gender.FEMALE, added.getGender());
		assertEquals(List.of("Mandarin", "English"), added.getLanguages());
		assertEquals(LocalDate.of(2027, 3, 9), ShootCalendar.toLocal(added.getUnavailable().get(0).getFrom()));
		assertTrue(added.getId() != null && !added.getId().isEmpty());
		domain.getCommandStack().undo();
		assertEquals(height, first.getHeightCm());
		assertTrue(s.getExtras().stream().noneMatch(x -> x.getCode().equals("E-99999")));
		domain.getCommandStack().redo();
		assertEquals(199, first.getHeightCm());
	}

	@Test
	void everyBadCellIsNamedAndNothingChanges() throws Exception {
		Studio s = SmallStudios.of(1);
		StringBuilder text = new StringBuilder("code,name,gender,birthYear,heightCm\r\n");
		for (int i = 0; i < 20; i++) {
			Extra x = s.getExtras().get(i);
			String height = i == 15 ? "abc" : "170";
			String gender = i == 3 ? "unknown" : "MALE";
			String year = i == 8 ? "19.5" : "1990";
			text.append(x.getCode()).append(',').append(x.getName()).append(',').append(gender).append(',').append(year).append(',').append(height)
					.append("\r\n");
		}
		text.append(s.getExtras().get(0).getCode()).append(",dup,MALE,1990,170\r\n");
		text.append("E-77777,,MALE,1990,170\r\n");
		text.append("E-77778,x,MALE\r\n");
		int before = s.getExtras().get(0).getHeightCm();
		RegisterException e = assertThrows(RegisterException.class, () -> Registers.prepare(domain, s, Kind.EXTRAS, csv("bad.csv", text.toString())));
		List<String> messages = e.problems().stream().map(RegisterException.Problem::message).toList();
		assertTrue(messages.contains("row 17, column heightCm: 'abc' is not a number"), messages.toString());
		assertTrue(messages.contains("row 5, column gender: 'unknown' is not one of FEMALE, MALE, OTHER"), messages.toString());
		assertTrue(messages.contains("row 10, column birthYear: '19.5' is not a whole number"), messages.toString());
		assertTrue(messages.contains("row 22, column code: the same record as row 2"), messages.toString());
		assertTrue(messages.contains("row 23, column name: must not be empty"), messages.toString());
		assertTrue(messages.contains("row 24: 3 fields, but the header has 5"), messages.toString());
		assertEquals(6, messages.size(), messages.toString());
		assertEquals(5, e.problems().get(0).row(), "in row order");
		assertEquals(before, s.getExtras().get(0).getHeightCm());
	}

	@Test
	void headerProblemsAreReportedOnRowOne() throws Exception {
		RegisterException e = assertThrows(RegisterException.class,
				() -> Registers.prepare(domain, generated, Kind.INVENTORY, csv("h.csv", "nameZh,colour,weight\r\n长衫,黑,2\r\n")));
		List<String> messages = e.problems().stream().map(RegisterException.Problem::message).toList();
		assertTrue(messages.get(0).startsWith("row 1, column weight: unknown column"), messages.toString());
		assertTrue(messages.contains("row 1: the header needs the column code"), messages.toString());
		RegisterException empty = assertThrows(RegisterException.class, () -> Registers.prepare(domain, generated, Kind.INVENTORY, csv("e.csv", "")));
		assertTrue(empty.getMessage().contains("e.csv is empty"), empty.getMessage());
		RegisterException quote = assertThrows(RegisterException.class,
				() -> Registers.prepare(domain, generated, Kind.INVENTORY, csv("q.csv", "code,nameZh\r\nP-1,\"open\r\n")));
		assertEquals(2, quote.problems().get(0).row());
	}

	@Test
	void apartmentsStagesLocationsAndAssetsMatchByTheirKeysOrIds() throws Exception {
		Studio s = SmallStudios.of(1);
		Apartment a = s.getApartments().get(0);
		Stage three = s.getStages().get(2);
		Location wharf = Locations.byName(s, "Chaotianmen Wharf");
		DigitalAsset river = s.getAssets().stream().filter(x -> x.getName().equals("Jialing River in Rain")).findFirst().orElseThrow();
		run(s, Kind.APARTMENTS, "id,building,unit,beds,features\r\n" + a.getId() + "," + a.getBuilding() + ",999,4,quiet; 安静\r\n");
		assertEquals("999", a.getUnit());
		assertEquals(4, a.getBeds());
		assertEquals(List.of("quiet", "安静"), a.getFeatures());
		run(s, Kind.STAGES, "number,name,ledVolume,powerKw\r\n3,Stage 3 (rebuilt),TRUE,2500.5\r\n13,New Stage,no,100\r\n");
		assertEquals("Stage 3 (rebuilt)", three.getName());
		assertTrue(three.isLedVolume());
		assertEquals(2500.5, three.getPowerKw());
		assertEquals(13, s.getStages().size());
		run(s, Kind.LOCATIONS, "name,baseCamp,unavailable,type\r\nChaotianmen Wharf,\"Square, east side\",2027-05-01..2027-05-02; 2027-06-01,private\r\n");
		assertEquals("Square, east side", wharf.getBaseCamp());
		assertEquals(2, wharf.getUnavailable().size());
		assertEquals("PRIVATE", wharf.getType().getLiteral());
		run(s, Kind.ASSETS, "name,kind,expires,files\r\nJialing River in Rain,LED environment,2028-01-31,a.exr; b.exr\r\n");
		assertEquals(LocalDate.of(2028, 1, 31), ShootCalendar.toLocal(river.getExpires()));
		assertEquals(AssetKind.LED_ENVIRONMENT, river.getKind());
		run(s, Kind.ASSETS, "name,expires\r\nJialing River in Rain,\r\n");
		assertNull(river.getExpires(), "an empty date clears it");
	}

	@Test
	void anIdOfAnotherRecordOrAGbkFileIsHandled() throws Exception {
		Studio s = SmallStudios.of(1);
		Extra a = s.getExtras().get(0);
		Extra b = s.getExtras().get(1);
		RegisterException e = assertThrows(RegisterException.class,
				() -> Registers.prepare(domain, s, Kind.EXTRAS, csv("ids.csv", "id,code,name\r\n" + a.getId() + "," + b.getCode() + ",x\r\n")));
		assertTrue(e.getMessage().startsWith("row 2, column code: '" + b.getCode() + "' is already another record's"), e.getMessage());
		Path gbk = dir.resolve("gbk.csv");
		Files.write(gbk, ("code,name\r\n" + a.getCode() + ",张三\r\n").getBytes(Charset.forName("GB18030")));
		domain.getCommandStack().execute(Registers.importCsv(domain, s, Kind.EXTRAS, gbk));
		assertEquals("张三", a.getName());
	}

	private void run(Studio s, Kind kind, String text) throws Exception {
		Imported im = Registers.prepare(domain, s, kind, csv(kind.key() + ".csv", text));
		assertTrue(im.command().canExecute(), kind.key());
		domain.getCommandStack().execute(im.command());
	}
}
