// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.submit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.Decision;
import org.backlot.permits.api.SubmissionAdapter;
import org.backlot.permits.api.SubmissionAdapterContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The file exchange passes the adapter contract, writes the documented outbox and reads every inbox file safely. */
class FileExchangeAdapterTest extends SubmissionAdapterContract {
	private final FileExchangeAdapter adapter = new FileExchangeAdapter();

	@BeforeEach
	@AfterEach
	void noExchangeProperty() {
		System.clearProperty(FileExchangeAdapter.PROPERTY);
	}

	@Override
	protected SubmissionAdapter adapter() {
		return adapter;
	}

	@Override
	protected void decide(PermitApplication a, Path productionFolder, Decision d) throws IOException {
		Map<String, String> json = Map.of("status", d.status().getLiteral(), "at", d.at().toString(), "by", d.by(), "permitNumber",
				d.permitNumber(), "conditions", d.conditions());
		inbox(a, productionFolder, new Gson().toJson(json));
	}

	@Override
	protected void placeBadDecision(PermitApplication a, Path productionFolder) throws IOException {
		inbox(a, productionFolder, "{\"status\": \"APPROVED\", \"at\": ");
	}

	private static Path inbox(PermitApplication a, Path productionFolder, String text) throws IOException {
		Path file = productionFolder.resolve("permits-exchange/inbox/" + a.getId() + ".json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void outboxHoldsTheDocumentedJsonTheChineseFormAndTheDocuments() throws Exception {
		String reference = adapter.submit(application, folder);
		assertEquals("FX-3f2a9c1e", reference);
		Path out = outbox();
		assertTrue(Files.isDirectory(out), "outbox/<authority>/<id>");
		JsonObject json = JsonParser.parseString(Files.readString(out.resolve("application.json"))).getAsJsonObject();
		assertEquals("backlot-permit-application", json.get("format").getAsString());
		assertEquals(1, json.get("version").getAsInt());
		assertEquals(application.getId(), json.get("id").getAsString());
		assertEquals(reference, json.get("reference").getAsString());
		assertEquals("POLICE", json.getAsJsonObject("authority").get("kind").getAsString());
		assertEquals("The Last Pot of Tea", json.getAsJsonObject("production").get("title").getAsString());
		assertEquals("Wang Lei", json.getAsJsonObject("personInCharge").get("name").getAsString());
		JsonArray periods = json.getAsJsonArray("periods");
		assertEquals(4, periods.size());
		assertEquals("SHOOT", periods.get(1).getAsJsonObject().get("kind").getAsString());
		assertEquals("2027-03-02T18:00", periods.get(1).getAsJsonObject().get("start").getAsString());
		assertEquals("2027-03-02T23:00", periods.get(1).getAsJsonObject().get("end").getAsString());
		assertEquals("PUBLIC", json.getAsJsonArray("locations").get(0).getAsJsonObject().get("type").getAsString());
		assertEquals("[\"FIREARMS\",\"CROWD\"]", json.getAsJsonArray("hazards").toString());
		assertEquals("2027-03-02T19:00", json.getAsJsonArray("roadClosures").get(0).getAsJsonObject().get("start").getAsString());
		JsonArray docs = json.getAsJsonArray("documents");
		assertEquals("insurance.pdf", docs.get(0).getAsJsonObject().get("file").getAsString());
		assertEquals("2027-12-31", docs.get(0).getAsJsonObject().get("expires").getAsString());
		assertEquals("wharf-sketch.pdf", docs.get(1).getAsJsonObject().get("file").getAsString());
		assertTrue(docs.get(2).getAsJsonObject().get("file").isJsonNull(), "a document without a file");
		assertEquals(85, json.get("headCount").getAsInt());
		assertEquals(1500, json.get("fee").getAsDouble());
		assertArrayEquals(Files.readAllBytes(folder.resolve("docs/insurance.pdf")), Files.readAllBytes(out.resolve("documents/insurance.pdf")));
		assertTrue(Files.exists(out.resolve("documents/wharf-sketch.pdf")));
		try (PDDocument pdf = Loader.loadPDF(out.resolve("application.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("\u7533\u8bf7\u5355\u4f4d") && text.contains(application.getId()), "the form in Chinese: " + text);
		}
		assertEquals(List.of(out), leftovers(out.getParent()), "no temporary folders left behind");
	}

	@Test
	void aSecondSubmissionReplacesTheFirstWhole() throws Exception {
		adapter.submit(application, folder);
		Path out = outbox();
		Files.writeString(out.resolve("stale.txt"), "from the first time");
		application.getDocuments().remove(1);
		adapter.submit(application, folder);
		assertFalse(Files.exists(out.resolve("stale.txt")), "the folder is replaced, not merged");
		assertFalse(Files.exists(out.resolve("documents/wharf-sketch.pdf")));
		assertTrue(Files.exists(out.resolve("application.json")));
		assertEquals(List.of(out), leftovers(out.getParent()));
	}

	@Test
	void aMissingAttachedFileStopsTheSubmissionAndLeavesNothing() throws Exception {
		Files.delete(folder.resolve("docs/wharf-sketch.pdf"));
		IOException e = assertThrows(IOException.class, () -> adapter.submit(application, folder));
		assertTrue(e.getMessage().contains("wharf-sketch.pdf"), e.getMessage());
		Path box = outbox().getParent();
		assertEquals(List.of(), Files.exists(box) ? leftovers(box) : List.of());
	}

	@Test
	void absoluteDocumentPathsAndTheExchangeProperty() throws Exception {
		Path elsewhere = Files.createDirectories(folder.resolve("shared"));
		Path cert = Files.writeString(folder.resolve("insurance-2027.pdf"), "cert");
		application.getDocuments().get(0).setPath(cert.toString());
		System.setProperty(FileExchangeAdapter.PROPERTY, elsewhere.toString());
		adapter.submit(application, folder);
		Path out = elsewhere.resolve("outbox").resolve(authority()).resolve(application.getId());
		assertEquals("cert", Files.readString(out.resolve("documents/insurance-2027.pdf")));
		assertFalse(Files.exists(folder.resolve("permits-exchange")));
		Files.createDirectories(elsewhere.resolve("inbox"));
		Files.writeString(elsewhere.resolve("inbox/" + application.getId() + ".json"), "{\"status\":\"REJECTED\",\"at\":\"2027-02-25\"}");
		assertEquals(Optional.of(new Decision(PermitStatus.REJECTED, LocalDateTime.of(2027, 2, 25, 0, 0), "", "", "")),
				adapter.poll(application, folder), "a date alone is the start of the day; missing texts are empty");
	}

	@Test
	void everyMalformedDecisionNamesTheFileAndTheProblem() throws Exception {
		Map<String, String> cases = Map.of("", "one JSON object", "[1, 2]", "one JSON object", "{\"at\":\"2027-02-25T10:30\"}", "status",
				"{\"status\":\"SUBMITTED\",\"at\":\"2027-02-25T10:30\"}", "SUBMITTED", "{\"status\":\"APPROVED\",\"at\":\"25/02/2027\"}",
				"25/02/2027", "{\"status\":\"APPROVED\",\"at\":\"2027-02-25T10:30\",\"by\":5}", "by", "{\"status\":\"APPROVED\"}", "at",
				"not json at all {", "JSON");
		for (Map.Entry<String, String> c : cases.entrySet()) {
			Path file = inbox(application, folder, c.getKey());
			IOException e = assertThrows(IOException.class, () -> adapter.poll(application, folder), c.getKey());
			assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(c.getValue()), c.getKey() + " -> " + e.getMessage());
		}
		Path file = inbox(application, folder, "");
		Files.write(file, new byte[] { '{', (byte) 0xC3, (byte) 0x28, '}' });
		IOException e = assertThrows(IOException.class, () -> adapter.poll(application, folder));
		assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
	}

	/** The contributed police authority's id inside OSGi; the studio record's kind outside, where none is contributed. */
	private String authority() {
		return Authorities.of(application.getAuthority()).map(AuthorityDefinition::id).orElse("POLICE");
	}

	private Path outbox() {
		Path out = folder.resolve("permits-exchange").resolve("outbox").resolve(authority()).resolve(application.getId());
		assertEquals(out, FileExchangeAdapter.outbox(application, folder));
		return out;
	}

	private static List<Path> leftovers(Path box) throws IOException {
		try (Stream<Path> s = Files.list(box)) {
			return s.sorted().toList();
		}
	}
}
