// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.backlot.core.api.Contributions;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

/**
 * The screenplay formats contributed to {@value ScriptImporter#EXTENSION_POINT}:
 * lists them, picks one for a file by content, and reads files. A contribution
 * that is broken or throws is reported (naming its plugin) and skipped.
 */
public final class ScriptImporters {

	/** A declared importer: id, name, file extensions, contributing plugin. */
	public record Format(String id, String name, List<String> extensions, String plugin, IConfigurationElement element) {
	}

	/** A file read: the result and the format that read it. */
	public record Imported(ParsedScript script, Format format) {
	}

	private ScriptImporters() {
	}

	/** Every declared format, sorted by id. */
	public static List<Format> formats() {
		List<Format> result = new ArrayList<>();
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(ScriptImporter.EXTENSION_POINT)) {
			String id = e.getAttribute("id"); //$NON-NLS-1$
			if (id == null || id.isBlank()) {
				Contributions.reportBroken(e, "importer without an id"); //$NON-NLS-1$
				continue;
			}
			String ext = e.getAttribute("extensions"); //$NON-NLS-1$
			List<String> extensions = ext == null ? List.of()
					: List.of(ext.toLowerCase(Locale.ROOT).split("\\s*,\\s*")); //$NON-NLS-1$
			String name = e.getAttribute("name"); //$NON-NLS-1$
			result.add(new Format(id, name == null ? id : name, extensions, e.getContributor().getName(), e));
		}
		result.sort(Comparator.comparing(Format::id));
		return result;
	}

	/** The ids of every format, comma-separated (for messages). */
	public static String ids() {
		return formats().stream().map(Format::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/**
	 * Reads a file with the named format, or the best one for its content when
	 * {@code formatId} is null.
	 */
	public static Imported read(Path file, String formatId) throws ScriptFormatException {
		ScriptSource source;
		try {
			source = ScriptSource.of(file);
		} catch (NoSuchFileException e) {
			throw new ScriptFormatException(NLS.bind(Messages.noSuchFile, file));
		} catch (IOException e) {
			throw new ScriptFormatException(NLS.bind(Messages.cannotRead, file, e.getMessage()), e);
		}
		return read(source, formatId);
	}

	/** Reads a source with the named format, or the best one for its content when {@code formatId} is null. */
	public static Imported read(ScriptSource source, String formatId) throws ScriptFormatException {
		if (source.bytes().length == 0) {
			throw new ScriptFormatException(NLS.bind(Messages.emptyFile, source.name()));
		}
		Format format = formatId != null ? find(formatId)
				.orElseThrow(() -> new ScriptFormatException(NLS.bind(Messages.unknownFormat, formatId, ids())))
				: detect(source).orElseThrow(() -> new ScriptFormatException(NLS.bind(Messages.notAScript, source.name(), ids())));
		ScriptImporter importer = Contributions.create(format.element(), "class", ScriptImporter.class) //$NON-NLS-1$
				.orElseThrow(() -> new ScriptFormatException(NLS.bind(Messages.brokenImporter, format.id(), format.plugin())));
		try {
			ParsedScript parsed = importer.read(source);
			if (parsed == null) {
				throw new ScriptFormatException(NLS.bind(Messages.importerFailed, new Object[] { format.id(), format.plugin(), "null" })); //$NON-NLS-1$
			}
			return new Imported(parsed, format);
		} catch (RuntimeException | LinkageError e) {
			Contributions.reportBroken(format.element(), e.toString(), e);
			throw new ScriptFormatException(NLS.bind(Messages.importerFailed, new Object[] { format.id(), format.plugin(), e }), e);
		}
	}

	/** The format with this id. */
	public static Optional<Format> find(String id) {
		return formats().stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
	}

	/**
	 * The format that reads this source best, by content; the extension breaks
	 * ties. Empty when no importer is at least a little sure.
	 */
	public static Optional<Format> detect(ScriptSource source) {
		Format best = null;
		int bestScore = 0;
		for (Format f : formats()) {
			Optional<ScriptImporter> importer = Contributions.create(f.element(), "class", ScriptImporter.class); //$NON-NLS-1$
			if (importer.isEmpty()) {
				continue;
			}
			int score;
			try {
				score = importer.get().detect(source) * 2 + (f.extensions().contains(source.extension()) ? 1 : 0);
			} catch (RuntimeException | LinkageError e) {
				Contributions.reportBroken(f.element(), e.toString(), e);
				continue;
			}
			if (score > bestScore && score > 1) {
				best = f;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}
}
