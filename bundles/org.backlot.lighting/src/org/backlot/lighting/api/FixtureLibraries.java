// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.backlot.core.api.Contributions;
import org.backlot.lighting.internal.library.JsonFixtureLibrary;
import org.backlot.lighting.internal.library.LibraryException;
import org.backlot.lighting.internal.library.LibraryFiles;
import org.backlot.lighting.internal.library.Messages;
import org.backlot.lighting.internal.library.SafeLibrary;
import org.backlot.model.lighting.FixtureType;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

/**
 * The fixture libraries contributed to {@value #EXTENSION_POINT}, Backlot's own generic library first. A broken
 * contribution (no id, a missing file or class, bad JSON, a class that throws) is logged naming its plugin and
 * skipped; a single bad type in a JSON file is logged and left out.
 */
public final class FixtureLibraries {
	/** The extension point fixture libraries are contributed to. */
	public static final String EXTENSION_POINT = FixtureLibrary.EXTENSION_POINT;
	/** The id of Backlot's own library of generic fixtures. */
	public static final String BUILT_IN_ID = "org.backlot.lighting.generic"; //$NON-NLS-1$
	/** Where Backlot's own library lies inside this plugin. */
	public static final String BUILT_IN_FILE = LibraryFiles.LIBRARY_FOLDER + "/backlot-generic.json"; //$NON-NLS-1$
	private static volatile List<FixtureLibrary> all;
	private static volatile FixtureLibrary builtIn;

	private FixtureLibraries() {
	}

	/** Every library, Backlot's first, then by name; read once. Without OSGi just the built-in library. */
	public static List<FixtureLibrary> all() {
		List<FixtureLibrary> result = all;
		if (result == null) {
			IExtensionRegistry registry = Platform.isRunning() ? Platform.getExtensionRegistry() : null;
			result = registry == null ? List.of(builtIn()) : read(registry.getConfigurationElementsFor(EXTENSION_POINT));
			all = result;
		}
		return result;
	}

	/** The library with this id. */
	public static Optional<FixtureLibrary> find(String id) {
		return all().stream().filter(l -> l.id().equals(id)).findFirst();
	}

	/** Backlot's own library of generic fixtures, read from this plugin's {@value #BUILT_IN_FILE} (works without OSGi). */
	public static FixtureLibrary builtIn() {
		FixtureLibrary result = builtIn;
		if (result == null) {
			try (InputStream in = LibraryFiles.open(LibraryFiles.LIGHTING_BUNDLE, BUILT_IN_FILE)) {
				if (in == null) {
					throw new IllegalStateException(NLS.bind(Messages.builtInMissing, BUILT_IN_FILE));
				}
				result = JsonFixtureLibrary.read(BUILT_IN_ID, Messages.genericLibrary, BUILT_IN_FILE, new InputStreamReader(in, StandardCharsets.UTF_8),
						UnaryOperator.identity());
			} catch (IOException | LibraryException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
			builtIn = result;
		}
		return result;
	}

	/** The libraries of these contributions; broken ones are reported and skipped. */
	static List<FixtureLibrary> read(IConfigurationElement[] elements) {
		List<FixtureLibrary> result = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement e : elements) {
			if (!"library".equals(e.getName())) { //$NON-NLS-1$
				continue;
			}
			String id = e.getAttribute("id"); //$NON-NLS-1$
			if (id == null || id.isBlank()) {
				Contributions.reportBroken(e, Messages.noId);
				continue;
			}
			if (!ids.add(id)) {
				Contributions.reportBroken(e, NLS.bind(Messages.duplicateId, id));
				continue;
			}
			FixtureLibrary library = contribution(e, id);
			if (library != null) {
				result.add(library);
			}
		}
		result.sort(Comparator.comparing((FixtureLibrary l) -> !BUILT_IN_ID.equals(l.id())).thenComparing(FixtureLibrary::name,
				String.CASE_INSENSITIVE_ORDER));
		return List.copyOf(result);
	}

	private static FixtureLibrary contribution(IConfigurationElement e, String id) {
		String name = e.getAttribute("name"); //$NON-NLS-1$
		String file = e.getAttribute("file"); //$NON-NLS-1$
		String cls = e.getAttribute("class"); //$NON-NLS-1$
		if ((file == null || file.isBlank()) && (cls == null || cls.isBlank())) {
			Contributions.reportBroken(e, NLS.bind(Messages.noSource, id));
			return null;
		}
		JsonFixtureLibrary json = null;
		if (file != null && !file.isBlank()) {
			json = json(e, id, name, file.trim());
			if (json == null) {
				return null;
			}
		}
		FixtureLibrary code = null;
		if (cls != null && !cls.isBlank()) {
			code = Contributions.create(e, "class", FixtureLibrary.class).orElse(null); //$NON-NLS-1$
			if (code == null) {
				return null;
			}
		}
		SafeLibrary safe = new SafeLibrary(id, name, json, code, e);
		try {
			safe.check();
		} catch (RuntimeException | LinkageError ex) {
			Contributions.reportBroken(e, NLS.bind(Messages.typesFailed, ex), ex);
			return null;
		}
		return safe;
	}

	private static JsonFixtureLibrary json(IConfigurationElement e, String id, String name, String file) {
		String plugin = e.getContributor().getName();
		Bundle bundle = Platform.getBundle(plugin);
		try (InputStream in = bundle == null ? null : LibraryFiles.open(plugin, file)) {
			if (in == null) {
				Contributions.reportBroken(e, NLS.bind(Messages.fileNotFound, file, plugin));
				return null;
			}
			String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : ""; //$NON-NLS-1$ //$NON-NLS-2$
			UnaryOperator<String> photometric = LibraryFiles.LIGHTING_BUNDLE.equals(plugin) ? UnaryOperator.identity()
					: f -> LibraryFiles.bundleFile(bundle, folder + f).map(p -> p.toString()).orElse(f);
			JsonFixtureLibrary library = JsonFixtureLibrary.read(id, name, file, new InputStreamReader(in, StandardCharsets.UTF_8), photometric);
			for (String w : library.warnings()) {
				Contributions.reportBroken(e, w);
			}
			return library;
		} catch (IOException | LibraryException ex) {
			Contributions.reportBroken(e, ex.getMessage(), ex);
			return null;
		}
	}

	/** The types of every library, in library order (each a new detached copy). */
	public static List<FixtureType> allTypes() {
		List<FixtureType> types = new ArrayList<>();
		for (FixtureLibrary l : all()) {
			types.addAll(l.types());
		}
		return types;
	}
}
