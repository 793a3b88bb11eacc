// SPDX-License-Identifier: EPL-2.0
package org.backlot.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real bundles compiled on the fly, compared the way the build compares Backlot's API bundles. */
class ApiBaselineTest {
	private static final String EXPORTS = "demo.api;version=\"%s\",demo.internal;x-internal:=true,demo.plan;x-friends:=\"a.b\"";

	@TempDir
	Path tmp;

	@Test
	void removingApiWithoutMajorBumpIsAnError() throws Exception {
		File base = bundle("base", "0.1.0", "public void a() {} public void b() {}", "int x;");
		File built = bundle("built", "0.1.0", "public void a() {}", "int x;");
		List<ApiBaseline.Finding> f = ApiBaseline.compare(built, base);
		assertEquals(1, f.size(), f.toString());
		assertTrue(f.get(0).error());
		assertEquals("demo.api", f.get(0).pkg());
		assertTrue(f.get(0).message().contains("needs 1.0.0"), f.get(0).message());
		assertTrue(f.get(0).message().contains("b()"), f.get(0).message());
	}

	@Test
	void aMajorBumpMakesTheSameChangeAcceptable() throws Exception {
		File base = bundle("base", "0.1.0", "public void a() {} public void b() {}", "int x;");
		File built = bundle("built", "1.0.0", "public void a() {}", "int x;");
		assertTrue(ApiBaseline.compare(built, base).isEmpty());
	}

	@Test
	void anAdditionIsOnlyAWarningUntilTheMinorVersionIsRaised() throws Exception {
		File base = bundle("base", "0.1.0", "public void a() {}", "int x;");
		List<ApiBaseline.Finding> f = ApiBaseline.compare(bundle("built", "0.1.0", "public void a() {} public void c() {}", "int x;"), base);
		assertEquals(1, f.size(), f.toString());
		assertFalse(f.get(0).error());
		assertTrue(f.get(0).message().contains("0.2.0"), f.get(0).message());
		assertTrue(ApiBaseline.compare(bundle("bumped", "0.2.0", "public void a() {} public void c() {}", "int x;"), base).isEmpty());
	}

	@Test
	void internalAndFriendPackagesAreNotApi() throws Exception {
		File base = bundle("base", "0.1.0", "public void a() {}", "int x;");
		File built = bundle("built", "0.1.0", "public void a() {}", "String y;");
		assertTrue(ApiBaseline.compare(built, base).isEmpty());
		try (JarFile j = new JarFile(base)) {
			assertEquals(List.of("demo.api"), ApiBaseline.apiPackages(j.getManifest()));
		}
	}

	@Test
	void aRecordedBaselineHoldsOnlyTheApiAndStillCatchesABreak() throws Exception {
		File full = bundle("full", "0.1.0", "public void a() {} public void b() {}", "int x;");
		File recorded = tmp.resolve("baseline/demo.jar").toFile();
		ApiBaseline.record(full, recorded);
		try (JarFile j = new JarFile(recorded)) {
			assertTrue(j.getEntry("demo/api/Service.class") != null);
			assertTrue(j.getEntry("demo/internal/Impl.class") == null);
		}
		assertTrue(ApiBaseline.compare(full, recorded).isEmpty());
		assertTrue(ApiBaseline.compare(bundle("broken", "0.1.0", "public void b() {}", "int x;"), recorded).get(0).error());
	}

	@Test
	void findsTheBuiltJarOfEachBundle() throws Exception {
		Path dir = tmp.resolve("bundles/demo.core/target");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("demo.core-0.1.0-SNAPSHOT.jar"), "");
		Files.writeString(dir.resolve("demo.core-0.1.0-SNAPSHOT-sources.jar"), "");
		Map<String, File> found = ApiBaseline.builtBundles(tmp.resolve("bundles"));
		assertEquals("demo.core-0.1.0-SNAPSHOT.jar", found.get("demo.core").getName());
	}

	/** A bundle with class demo.api.Service (the given members) and class demo.internal.Impl. */
	private File bundle(String name, String apiVersion, String apiMembers, String internalMembers) throws IOException {
		Path src = tmp.resolve(name + "-src");
		Path out = tmp.resolve(name + "-classes");
		Files.createDirectories(src.resolve("demo/api"));
		Files.createDirectories(src.resolve("demo/internal"));
		Files.createDirectories(out);
		Path api = Files.writeString(src.resolve("demo/api/Service.java"), "package demo.api; public class Service { " + apiMembers + " }");
		Path impl = Files.writeString(src.resolve("demo/internal/Impl.java"), "package demo.internal; public class Impl { public " + internalMembers + " }");
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		assertEquals(0, javac.run(null, null, null, "-d", out.toString(), api.toString(), impl.toString()));
		Manifest m = new Manifest();
		Attributes a = m.getMainAttributes();
		a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		a.putValue("Bundle-ManifestVersion", "2");
		a.putValue("Bundle-SymbolicName", "demo");
		a.putValue("Bundle-Version", apiVersion);
		a.putValue("Export-Package", String.format(EXPORTS, apiVersion));
		File jar = tmp.resolve(name + ".jar").toFile();
		try (JarOutputStream j = new JarOutputStream(new FileOutputStream(jar), m)) {
			for (String c : List.of("demo/api/Service.class", "demo/internal/Impl.class")) {
				j.putNextEntry(new JarEntry(c));
				j.write(Files.readAllBytes(out.resolve(c)));
				j.closeEntry();
			}
		}
		return jar;
	}
}
