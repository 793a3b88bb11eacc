// SPDX-License-Identifier: EPL-2.0
package org.backlot.apicheck;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Manifest;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.service.diff.Type;
import aQute.bnd.version.Version;

/**
 * Compares the API packages of built bundles with the released baseline (bnd's semantic diff) and records new
 * baselines: an incompatible change to an exported API package without a major version bump is an error, a compatible
 * addition without a minor bump a warning.
 */
public final class ApiBaseline {
	/** What the comparison found for one bundle. */
	public record Finding(String bundle, String pkg, boolean error, String message) {
		@Override
		public String toString() {
			return (error ? "ERROR " : "WARNING ") + bundle + " / " + pkg + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static final int DETAILS = 6;
	private static final Set<Type> MEMBERS = EnumSet.of(Type.METHOD, Type.FIELD, Type.CONSTANT);
	private static final Set<Type> TYPES = EnumSet.of(Type.CLASS, Type.INTERFACE, Type.ENUM, Type.ANNOTATION);

	private ApiBaseline() {
	}

	/** The published API packages a manifest exports: neither x-internal nor x-friends. */
	public static List<String> apiPackages(Manifest manifest) {
		String header = manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package"); //$NON-NLS-1$
		List<String> out = new ArrayList<>();
		for (Map.Entry<String, Attrs> e : new Parameters(header).entrySet()) {
			Attrs a = e.getValue();
			if (!"true".equals(a.get("x-internal:")) && a.get("x-friends:") == null) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				out.add(Processor.removeDuplicateMarker(e.getKey()));
			}
		}
		return out;
	}

	/** Compares one built bundle with its baseline; only the baseline's API packages count. */
	public static List<Finding> compare(File built, File baseline) throws Exception {
		List<Finding> out = new ArrayList<>();
		try (Processor reporter = new Processor(); Jar newer = new Jar(built); Jar older = new Jar(baseline)) {
			String bsn = older.getBsn();
			List<String> api = apiPackages(older.getManifest());
			if (api.isEmpty()) {
				return out;
			}
			Baseline b = new Baseline(reporter, new DiffPluginImpl());
			for (Info info : b.baseline(newer, older, new Instructions(String.join(",", api)))) { //$NON-NLS-1$
				Finding f = judge(bsn, info);
				if (f != null) {
					out.add(f);
				}
			}
		}
		return out;
	}

	private static Finding judge(String bsn, Info info) {
		Delta delta = info.packageDiff.getDelta();
		Version older = info.olderVersion;
		Version newer = info.newerVersion;
		if (delta == Delta.REMOVED || info.attributes == null) {
			return new Finding(bsn, info.packageName, true, "the API package is no longer exported (removing API needs a major release and a new baseline)"); //$NON-NLS-1$
		}
		if (delta == Delta.MAJOR && newer.getMajor() <= older.getMajor()) {
			return new Finding(bsn, info.packageName, true, "incompatible change without a major version bump: " + older + " -> " + newer //$NON-NLS-1$ //$NON-NLS-2$
					+ ", needs " + (older.getMajor() + 1) + ".0.0" + causes(info.packageDiff)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (delta == Delta.MINOR && newer.compareTo(new Version(older.getMajor(), older.getMinor() + 1, 0)) < 0) {
			return new Finding(bsn, info.packageName, false, "compatible addition: raise the package version to " //$NON-NLS-1$
					+ older.getMajor() + "." + (older.getMinor() + 1) + ".0" + causes(info.packageDiff)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return null;
	}

	/** The first few leaves of the diff that caused its delta, e.g. "method foo(int) REMOVED". */
	private static String causes(Diff diff) {
		List<String> leaves = new ArrayList<>();
		collect(diff, diff.getDelta(), leaves);
		if (leaves.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		String more = leaves.size() > DETAILS ? ", ..." : ""; //$NON-NLS-1$ //$NON-NLS-2$
		return " (" + String.join("; ", leaves.subList(0, Math.min(DETAILS, leaves.size()))) + more + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void collect(Diff diff, Delta wanted, List<String> out) {
		Delta d = diff.getDelta();
		boolean cause = d == wanted || d == Delta.REMOVED || d == Delta.ADDED && wanted == Delta.MINOR;
		if (!cause) {
			return;
		}
		boolean member = MEMBERS.contains(diff.getType());
		boolean wholeType = TYPES.contains(diff.getType()) && (d == Delta.ADDED || d == Delta.REMOVED);
		if (member || wholeType) {
			out.add(diff.getType().toString().toLowerCase() + " " + diff.getName() + " " + d.toString().toLowerCase()); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		for (Diff c : diff.getChildren()) {
			collect(c, wanted, out);
		}
	}

	/** The built bundle jars under {@code bundles/NAME/target/NAME-*.jar}, by symbolic name. */
	public static Map<String, File> builtBundles(Path bundlesDir) throws IOException {
		Map<String, File> out = new TreeMap<>();
		if (!Files.isDirectory(bundlesDir)) {
			return out;
		}
		try (var dirs = Files.list(bundlesDir)) {
			for (Path dir : dirs.toList()) {
				String name = dir.getFileName().toString();
				Path target = dir.resolve("target"); //$NON-NLS-1$
				if (!Files.isDirectory(target)) {
					continue;
				}
				try (var jars = Files.list(target)) {
					jars.filter(j -> j.getFileName().toString().startsWith(name + "-") && j.toString().endsWith(".jar") //$NON-NLS-1$ //$NON-NLS-2$
							&& !j.toString().endsWith("-sources.jar")).findFirst().ifPresent(j -> out.put(name, j.toFile())); //$NON-NLS-1$
				}
			}
		}
		return out;
	}

	/** Writes the API part of a built bundle (manifest and the API packages' classes) as its baseline jar. */
	public static void record(File built, File baseline) throws Exception {
		try (Jar in = new Jar(built); Jar out = new Jar(in.getBsn())) {
			List<String> api = apiPackages(in.getManifest());
			out.setManifest(in.getManifest());
			out.setReproducible("true"); // fixed entry times //$NON-NLS-1$
			for (String pkg : api) {
				String dir = pkg.replace('.', '/');
				in.getDirectories().getOrDefault(dir, Map.of()).forEach(out::putResource);
			}
			File tmp = new File(baseline.getPath() + ".tmp"); //$NON-NLS-1$
			baseline.getParentFile().mkdirs();
			out.write(tmp);
			Files.move(tmp.toPath(), baseline.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
	}
}
