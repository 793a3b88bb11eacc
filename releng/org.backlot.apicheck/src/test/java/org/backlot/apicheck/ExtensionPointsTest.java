// SPDX-License-Identifier: EPL-2.0
package org.backlot.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public API's conventions over the source tree: every extension point Backlot declares has a complete schema
 * (description, since, example, API information, implementation) that its bundle ships, and a type in an exported
 * {@code *.api} package holding its id.
 */
class ExtensionPointsTest {
	private static final List<String> SECTIONS = List.of("since", "examples", "apiinfo", "implementation");
	private static final Pattern POINT = Pattern.compile("<extension-point\\s+id=\"([^\"]+)\"[^>]*schema=\"([^\"]+)\"");

	/** One declared point: its bundle folder, id and schema path. */
	record Point(Path bundle, String id, String schema) {
		String fullId() {
			return bundle.getFileName() + "." + id;
		}
	}

	private static Path root() {
		String root = System.getProperty("backlot.root");
		Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root, "bundles")), "run from the Backlot build (backlot.root)");
		return Path.of(root);
	}

	static List<Point> points(Path root) throws IOException {
		List<Point> out = new ArrayList<>();
		try (Stream<Path> bundles = Files.list(root.resolve("bundles"))) {
			for (Path b : bundles.sorted().toList()) {
				Path pluginXml = b.resolve("plugin.xml");
				if (Files.isRegularFile(pluginXml)) {
					Matcher m = POINT.matcher(Files.readString(pluginXml));
					while (m.find()) {
						out.add(new Point(b, m.group(1), m.group(2)));
					}
				}
			}
		}
		return out;
	}

	@Test
	void backlotDeclaresItsExtensionPoints() throws Exception {
		List<String> ids = points(root()).stream().map(Point::fullId).toList();
		for (String id : List.of("org.backlot.script.importers", "org.backlot.breakdown.categories", "org.backlot.breakdown.taggers",
				"org.backlot.permits.authorities", "org.backlot.lighting.fixtures", "org.backlot.lighting.advisors", "org.backlot.core.exporters")) {
			assertTrue(ids.contains(id), id + " in " + ids);
		}
	}

	@Test
	void everySchemaIsCompleteAndShipped() throws Exception {
		for (Point p : points(root())) {
			Path schema = p.bundle().resolve(p.schema());
			assertTrue(Files.isRegularFile(schema), p.fullId() + ": " + schema);
			Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(schema.toFile());
			Element meta = (Element) d.getElementsByTagName("meta.schema").item(0);
			assertEquals(p.id(), meta == null ? null : meta.getAttribute("id"), p.fullId() + ": the schema names its point");
			assertEquals(p.bundle().getFileName().toString(), meta.getAttribute("plugin"), p.fullId() + ": the schema names its plugin");
			NodeList docs = d.getElementsByTagName("documentation");
			assertTrue(docs.getLength() > 0 && docs.item(0).getTextContent().strip().length() > 80, p.fullId() + " has a description");
			for (String section : SECTIONS) {
				assertTrue(section(d, section).length() > 3, p.fullId() + " documents '" + section + "'");
			}
			assertTrue(section(d, "examples").contains("<extension"), p.fullId() + " has an example contribution");
			String build = Files.readString(p.bundle().resolve("build.properties"));
			assertTrue(build.contains("schema/"), p.fullId() + ": build.properties ships schema/ in the bundle (the SDK reads it)");
		}
	}

	@Test
	void everyPointHasItsIdInAnApiType() throws Exception {
		for (Point p : points(root())) {
			String constant = "\"" + p.fullId() + "\"";
			Path src = p.bundle().resolve("src");
			List<Path> holders;
			try (Stream<Path> files = Files.walk(src)) {
				holders = files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/api/")).filter(f -> {
					try {
						return Files.readString(f).contains("EXTENSION_POINT = " + constant);
					} catch (IOException e) {
						return false;
					}
				}).toList();
			}
			assertFalse(holders.isEmpty(), p.fullId() + ": no *.api type holds EXTENSION_POINT = " + constant);
		}
	}

	@Test
	void apiPackagesAreExportedWithVersionsAndTheRestIsInternal() throws Exception {
		try (Stream<Path> bundles = Files.list(root().resolve("bundles"))) {
			for (Path b : bundles.filter(b -> !b.getFileName().toString().endsWith(".tests")).toList()) {
				Path mf = b.resolve("META-INF/MANIFEST.MF");
				if (!Files.isRegularFile(mf)) {
					continue;
				}
				String text = Files.readString(mf).replace("\n ", "");
				Matcher m = Pattern.compile("Export-Package: (.*)").matcher(text);
				if (!m.find()) {
					continue;
				}
				for (String entry : clauses(m.group(1))) {
					String pkg = entry.split(";")[0].strip();
					if (entry.contains("x-internal:=true") || entry.contains("x-friends:=")) {
						continue;
					}
					boolean api = pkg.endsWith(".api") || pkg.contains(".api.") || pkg.startsWith("org.backlot.model.") && !pkg.endsWith(".impl");
					assertTrue(api, b.getFileName() + ": " + pkg + " is exported as API but is neither a *.api nor a model package (mark it x-internal)");
					assertTrue(entry.contains("version=\""), b.getFileName() + ": API package " + pkg + " has a version");
				}
			}
		}
	}

	/** The clauses of a manifest header: split at commas outside quotes. */
	static List<String> clauses(String header) {
		List<String> out = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				out.add(cur.toString());
				cur.setLength(0);
			} else {
				cur.append(c);
			}
		}
		out.add(cur.toString());
		return out;
	}

	private static String section(Document d, String type) {
		NodeList metas = d.getElementsByTagName("meta.section");
		for (int i = 0; i < metas.getLength(); i++) {
			Element meta = (Element) metas.item(i);
			if (type.equals(meta.getAttribute("type"))) {
				Element annotation = (Element) meta.getParentNode().getParentNode();
				NodeList docs = annotation.getElementsByTagName("documentation");
				return docs.getLength() == 0 ? "" : docs.item(0).getTextContent().strip();
			}
		}
		return ""; //$NON-NLS-1$
	}

	@Test
	void theCheckItselfCanFail() throws Exception {
		Path tmp = Files.createTempDirectory("points");
		Path b = Files.createDirectories(tmp.resolve("bundles/demo.core"));
		Files.writeString(b.resolve("plugin.xml"), "<plugin><extension-point id=\"things\" name=\"x\" schema=\"schema/things.exsd\"/></plugin>");
		List<Point> found = points(tmp);
		assertEquals(1, found.size());
		assertEquals("demo.core.things", found.get(0).fullId());
		assertFalse(Files.exists(b.resolve(found.get(0).schema())), "a declared schema that is missing is what the test above reports");
	}
}
