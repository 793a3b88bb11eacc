// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ImportedTag;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptSource;
import org.backlot.script.internal.SharedTestData;
import org.backlot.script.internal.layout.Expect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads Final Draft files: the shared twins of Fountain files, tags, and broken or hostile XML. */
class FdxImporterTest {
	/** TestFDX-FD.fountain, read by hand. */
	private static final List<String> RADIO = List.of(".INT. RADIO STUDIO #1",
			"!We are in a TV station listening to the announcer on the other site of the glass.", "@DJ", "_(bored)",
			"=Hey everyone, this is some music that sounds kinda terrible.", "!Dave is at the coffee machine.", "@DAVE",
			"=Why do we pay him?", "@JIM (O.S.)", "=Because he helps us test this screenplay.", ">CUT TO:",
			".EXT. OUTSIDE THE FOOD STORE #2",
			"!We are standing outside the food store. Kay is looking at the posters in the window.", "@KAY",
			"=Maybe there's a job for me here.", ">FADE TO BLACK");
	/** Its title page, read by hand. */
	private static final Map<String, String> RADIO_TITLE = Expect.map("title", "FDX Test Script", "author", "Ian",
			"draft date", "Draft\ninformation", "copyright", "Copyright (c) 2026", "contact", "Contact\ninformation");
	private static final List<String> SOMEWHERE_FOUNTAIN = List.of(".EXT. SOMEWHERE - DAY", "!GUY and GURL walk down the street.",
			"!It's a sunny day.|Sunnier than normal.|Too sunny to be funny.", "@GUY", "=So what's up?", "@GURL",
			"=Nothing much.|Just thinking.|And you?", "@GUY", "=Nothing.");
	private static final List<String> SOMEWHERE_OURS = List.of(".EXT. SOMEWHERE - DAY", "!GUY and GURL walk down the street.",
			"!It's a sunny day.|Sunnier than normal.|Too sunny to be funny.", "@GUY", "=So what's up?", "@GURL",
			"=Nothing much.", "=Just thinking.", "=And you?", "@GUY", "=Nothing.");
	private static final String SPLIT = "the FDX holds one paragraph per line of the speech; each paragraph stays a dialogue element";

	/** A twin: the file, what its Fountain twin says, and what we read instead with the reason, when we differ. */
	private record Twin(String suite, String file, List<String> fountain, List<String> ours, String reason) {
	}

	private final FdxImporter importer = new FdxImporter();

	private ParsedScript read(Path file) throws IOException, ScriptFormatException {
		return importer.read(ScriptSource.of(file));
	}

	private ParsedScript read(String xml) throws ScriptFormatException {
		return importer.read(ScriptSource.ofText("test.fdx", xml));
	}

	@Test
	void twinsOfFountainFiles() throws Exception {
		List<String> noNumbers = RADIO.stream().map(s -> s.replaceAll(" #\\d+$", "")).toList();
		List<Twin> twins = List.of(new Twin("fountain-tools", "TestFDX-FD.fdx", RADIO, null, null),
				new Twin("fountain-tools", "TestFDX-FI.fdx", RADIO, null, null),
				new Twin("fountain-tools", "TestFDX-FD-Write-cpp.fdx", noNumbers, null, null),
				new Twin("fountain-tools", "TestFDX-FD-Write-csharp.fdx", noNumbers, null, null),
				new Twin("fountain-tools", "TestFDX-FD-Write-js.fdx", noNumbers, null, null),
				new Twin("fountain-tools", "TestFDX-FD-Write-py.fdx", noNumbers, null, null),
				new Twin("afterwriting", "fdx/header_note.fdx", List.of(".INT. SCENE HEADING - DAY", "[[Note in scene heading."), null, null),
				new Twin("afterwriting", "fdx/synopsis.fdx", List.of(".INT. SCENE HEADING - DAY", "+Here is the synopsis."), null, null),
				new Twin("afterwriting", "fdx/note.fdx", List.of("!Action. Action. [[Note in action. Note. Note. Note.]]"),
						List.of("!Action. Action.", "[[Note in action. Note. Note. Note."),
						"Final Draft attaches a note to a paragraph, not to a place in its text: the note follows its paragraph"),
				new Twin("screenplain", "dialogue.fdx", List.of("@GIRL", "=Let me tell you something.", "@GUY", "=I don't wanna."), null, null),
				new Twin("screenplain", "dialogue-with-blank-line.fdx", List.of("@DEALER", "=Dealer gets a seven.||Hit or stand sir?"),
						List.of("@DEALER", "=Dealer gets a seven.", "=Hit or stand sir?"),
						"the blank line is an empty dialogue paragraph in the FDX; empty paragraphs are dropped"),
				new Twin("screenplain", "dual-dialogue.fdx", List.of("@GIRL", "=Hey!", "^@GUY", "^=Hello!"), null, null),
				new Twin("screenplain", "extended-characters.fdx", List.of("!Hello|こんにちは|привет|你好|안녕하세요|أهلا"), null, null),
				new Twin("screenplain", "forced-action.fdx", List.of("!THIS IS FORCED ACTION|This is another line of action!"), null, null),
				new Twin("screenplain", "indentation.fdx", List.of(".EXT. INDENTATION TEST", "!    Four spaces", "!   Three spaces",
						"!  Two spaces", "! One space", "!No spaces"), null, null),
				new Twin("screenplain", "parenthetical.fdx", List.of("@JOHN DOE", "_(screaming)", "=Hello!!!"), null, null),
				new Twin("screenplain", "simple.fdx", SOMEWHERE_FOUNTAIN, SOMEWHERE_OURS, SPLIT),
				new Twin("screenplain", "utf-8-bom.fdx", SOMEWHERE_FOUNTAIN, SOMEWHERE_OURS, SPLIT),
				new Twin("screenplain", "examples/Brick-and-Steel.fdx", Expect.BRICK_AND_STEEL, brickAsFdx(), SPLIT));
		int pass = 0;
		List<String> deliberate = new ArrayList<>();
		for (Twin t : twins) {
			List<String> actual = Expect.of(read(SharedTestData.screenplays(t.suite()).resolve(t.file())));
			if (t.ours() == null) {
				assertEquals(t.fountain(), actual, t.file());
				pass++;
			} else {
				assertEquals(t.ours(), actual, t.file());
				assertNotEquals(t.fountain(), actual, t.file() + " no longer differs: take it off the list");
				deliberate.add(t.file() + " (" + t.reason() + ")");
			}
		}
		System.out.println("conformance fdx twins: " + pass + "/" + twins.size() + " cases pass (" + deliberate.size()
				+ " deliberate differences: " + String.join("; ", deliberate) + ")");
	}

	/** Brick &amp; Steel as its FDX holds it: DAN's two lines are two paragraphs. */
	private static List<String> brickAsFdx() {
		List<String> result = new ArrayList<>();
		for (String s : Expect.BRICK_AND_STEEL) {
			if (s.equals("=Then let's retire them.|Permanently.")) {
				result.add("=Then let's retire them.");
				result.add("=Permanently.");
			} else {
				result.add(s);
			}
		}
		return result;
	}

	@Test
	void titlePagesOfTheTwins() throws Exception {
		Path dir = SharedTestData.screenplays("fountain-tools");
		int pass = 0;
		for (String file : List.of("TestFDX-FD.fdx", "TestFDX-FI.fdx")) {
			Map<String, String> title = Expect.title(read(dir.resolve(file)));
			// deliberate: the "Written by" line is kept as the credit, which the Fountain twin leaves out
			assertEquals("Written by", title.remove("credit"), file);
			assertEquals(new java.util.TreeMap<>(RADIO_TITLE), new java.util.TreeMap<>(title), file);
			pass++;
		}
		System.out.println("conformance fdx title pages: " + pass + "/2 cases pass (1 deliberate difference: the credit line "
				+ "\"Written by\" is kept as key \"credit\"; the Fountain twins leave it out)");
	}

	@Test
	void brickAndSteelCounts() throws Exception {
		ParsedScript s = read(SharedTestData.screenplays("screenplain").resolve("examples/Brick-and-Steel.fdx"));
		assertEquals(8, Expect.count(s, ElementType.HEADING));
		assertEquals(20, Expect.count(s, ElementType.CHARACTER));
		assertEquals(7, Expect.speakers(s));
		assertEquals(1, s.elements().stream().filter(e -> e.type() == ElementType.CHARACTER && e.dual()).count());
	}

	@Test
	void detectsFinalDraftByItsRoot() throws Exception {
		Path dir = SharedTestData.screenplays("fountain-tools");
		assertEquals(100, importer.detect(ScriptSource.of(dir.resolve("TestFDX-FD.fdx"))));
		assertEquals(0, importer.detect(ScriptSource.of(dir.resolve("TestFDX-FD.fountain"))));
		assertEquals(0, importer.detect(ScriptSource.ofText("a.xml", "<?xml version=\"1.0\"?><html/>")));
		assertEquals(100, importer.detect(ScriptSource.ofText("a", "\uFEFF<?xml version=\"1.0\"?>\n<!-- x -->\n<FinalDraft>")));
	}

	@Test
	void breakdownTagsFromTagData() throws Exception {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<FinalDraft DocumentType="Script" Template="No" Version="5">
				  <Content>
				    <Paragraph Type="Scene Heading" Number="3A"><Text>INT. GUN SHOP - DAY</Text></Paragraph>
				    <Paragraph Type="Action">
				      <Text TagNumber="1">BOB</Text><Text> loads the </Text><Text TagNumber="2" Style="Bold">revol</Text><Text TagNumber="2">ver</Text><Text>, then the </Text><Text TagNumber="3">shotgun</Text><Text>.</Text>
				    </Paragraph>
				    <Paragraph Type="Action"><Text TagNumber="9">Nothing</Text><Text> here.</Text></Paragraph>
				  </Content>
				  <TagData>
				    <TagCategories>
				      <TagCategory Color="#000000000000" Id="cat-cast" Name="Cast Members" Number="2" Style="Bold"/>
				      <TagCategory Color="#94AA11150000" Id="cat-props" Name="Props" Number="6" Style="Bold"/>
				      <TagCategory Color="#94AA11150000" Id="cat-weapons" Name="Weapons" Number="7" Style="Bold"/>
				    </TagCategories>
				    <TagDefinitions>
				      <TagDefinition CatId="cat-cast" Id="def-bob" Label="BOB" Number="1"/>
				      <TagDefinition CatId="cat-props" Id="def-revolver" Label="Revolver" Number="2"/>
				      <TagDefinition CatId="cat-weapons" Id="def-revolver-w" Label="Revolver (live)" Number="3"/>
				      <TagDefinition CatId="cat-props" Id="def-shotgun" Label="Shotgun" Number="4"/>
				    </TagDefinitions>
				    <Tags>
				      <Tag Number="1"><DefId>def-bob</DefId></Tag>
				      <Tag Number="2"><DefId>def-revolver</DefId><DefId>def-revolver-w</DefId></Tag>
				      <Tag Number="3"><DefId>def-shotgun</DefId></Tag>
				    </Tags>
				  </TagData>
				</FinalDraft>
				""";
		ParsedScript s = read(xml);
		assertEquals(List.of(".INT. GUN SHOP - DAY #3A", "!BOB loads the revolver, then the shotgun.", "!Nothing here."), Expect.of(s));
		assertEquals(List.of(new ImportedTag(1, 0, 3, "Cast Members", "BOB"), new ImportedTag(1, 14, 8, "Props", "Revolver"),
				new ImportedTag(1, 14, 8, "Weapons", "Revolver (live)"), new ImportedTag(1, 33, 7, "Props", "Shotgun")), s.tags());
		assertEquals("revolver", s.elements().get(1).text().substring(14, 22));
		assertEquals(List.of(Messages.unknownTag), s.warnings());
	}

	@Test
	void paragraphTypesPageBreaksAndNotes() throws Exception {
		ParsedScript s = read("""
				<FinalDraft DocumentType="Script" Version="5"><Content>
				<Paragraph Type="Shot"><Text>CLOSE ON</Text></Paragraph>
				<Paragraph Type="General" Alignment="Center"><Text>THE END</Text></Paragraph>
				<Paragraph Type="Cast List"><Text>BOB, ANN</Text></Paragraph>
				<Paragraph Type="Lyrics"><Text>La la</Text></Paragraph>
				<Paragraph Type="Outline 2"><Text>Act two</Text></Paragraph>
				<Paragraph Type="Outline Body"><Text>What happens</Text></Paragraph>
				<Paragraph Type="Action" StartsNewPage="Yes"><Text>New page</Text></Paragraph>
				<Paragraph Type="Bogus"><Text>Odd</Text></Paragraph>
				<Paragraph Type="Action"><Text>  </Text></Paragraph>
				</Content><ScriptNotes><ScriptNote><Paragraph><Text>Loose</Text></Paragraph></ScriptNote></ScriptNotes></FinalDraft>
				""");
		assertEquals(List.of("%CLOSE ON", "><THE END", "&BOB, ANN", "~La la", "##Act two", "+What happens", "<pagebreak>",
				"!New page", "!Odd", "[[Loose"), Expect.of(s));
		assertEquals(2, s.warnings().size(), s.warnings().toString());
		if (Expect.worded(s.warnings().get(0))) {
			assertTrue(s.warnings().stream().anyMatch(w -> w.contains("Bogus")), s.warnings().toString());
			assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("1 ")), s.warnings().toString());
		}
	}

	@Test
	void malformedFilesNameTheLine() {
		ScriptFormatException e = assertThrows(ScriptFormatException.class,
				() -> read("<?xml version=\"1.0\"?>\n<FinalDraft>\n<Content>\n<Paragraph Type=\"Action\"><Text>Cut off"));
		assertTrue(!Expect.worded(e.getMessage()) || e.getMessage().contains("line 4") || e.getMessage().contains("line 5"),
				e.getMessage());
		e = assertThrows(ScriptFormatException.class, () -> read("<FinalDraft>\n<Content>\n</Contnt>\n</FinalDraft>"));
		assertTrue(!Expect.worded(e.getMessage()) || e.getMessage().contains("line 3"), e.getMessage());
		assertThrows(ScriptFormatException.class, () -> read("<html><body/></html>"));
		assertThrows(ScriptFormatException.class, () -> read("<FinalDraft DocumentType=\"Script\"/>"));
		assertThrows(ScriptFormatException.class, () -> read(""));
		assertThrows(ScriptFormatException.class, () -> read("not xml at all"));
		assertThrows(ScriptFormatException.class,
				() -> importer.read(new ScriptSource("x.fdx", new byte[] { (byte) 0xff, 0, 1, 2, (byte) 0x80, '<' })));
	}

	@Test
	void externalEntitiesAndEntityBombsAreRefused(@TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP SECRET", StandardCharsets.UTF_8);
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [<!ENTITY xxe SYSTEM \"" + secret.toUri()
				+ "\">]>\n<FinalDraft><Content><Paragraph Type=\"Action\"><Text>&xxe;</Text></Paragraph></Content></FinalDraft>";
		ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> read(xxe));
		assertFalse(e.getMessage().contains("TOP SECRET"), e.getMessage());
		assertTrue(!Expect.worded(e.getMessage()) || e.getMessage().contains("line 3"), e.getMessage());
		StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [<!ENTITY a \"aaaaaaaaaa\">");
		for (char c = 'b'; c <= 'k'; c++) {
			bomb.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">");
		}
		bomb.append("]>\n<FinalDraft><Content><Paragraph Type=\"Action\"><Text>&k;</Text></Paragraph></Content></FinalDraft>");
		assertThrows(ScriptFormatException.class, () -> read(bomb.toString()));
		// the predefined entities and character references still work
		assertEquals(List.of("!A & B < C \u00e9"), Expect.of(read(
				"<FinalDraft><Content><Paragraph Type=\"Action\"><Text>A &amp; B &lt; C &#233;</Text></Paragraph></Content></FinalDraft>")));
	}

	@Test
	void otherEncodingsAndBadBytes() throws Exception {
		byte[] latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><FinalDraft><Content><Paragraph Type=\"Action\"><Text>Caf\u00e9</Text></Paragraph></Content></FinalDraft>"
				.getBytes(StandardCharsets.ISO_8859_1);
		assertEquals(List.of("!Caf\u00e9"), Expect.of(importer.read(new ScriptSource("l.fdx", latin))));
		byte[] utf16 = "\uFEFF<FinalDraft><Content><Paragraph Type=\"Action\"><Text>\u4f60\u597d</Text></Paragraph></Content></FinalDraft>"
				.getBytes(StandardCharsets.UTF_16BE);
		assertEquals(List.of("!\u4f60\u597d"), Expect.of(importer.read(new ScriptSource("u.fdx", utf16))));
		byte[] bad = "<FinalDraft>\n<Content>\n<Paragraph Type=\"Action\"><Text>Caf\u00e9</Text></Paragraph></Content></FinalDraft>"
				.getBytes(StandardCharsets.ISO_8859_1);
		ScriptFormatException e = assertThrows(ScriptFormatException.class, () -> importer.read(new ScriptSource("b.fdx", bad)));
		assertTrue(!Expect.worded(e.getMessage()) || e.getMessage().contains("line 3"), e.getMessage());
	}

	@Test
	void damagedCopiesGiveOnlyFormatErrors() throws Exception {
		byte[] whole = Files.readAllBytes(SharedTestData.screenplays("screenplain").resolve("examples/Brick-and-Steel.fdx"));
		java.util.Random random = new java.util.Random(7);
		int refused = 0;
		for (int round = 0; round < 300; round++) {
			byte[] b = java.util.Arrays.copyOf(whole, round % 3 == 0 ? random.nextInt(whole.length) : whole.length);
			for (int k = 0; k < 3; k++) {
				if (b.length > 0) {
					String noise = "<>&\"/ x\u00ff";
					b[random.nextInt(b.length)] = (byte) noise.charAt(random.nextInt(noise.length()));
				}
			}
			try {
				importer.read(new ScriptSource("d.fdx", b));
			} catch (ScriptFormatException e) {
				refused++;
			}
		}
		assertTrue(refused > 0);
	}
}
