// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The formats contributed to {@value Exporter#EXTENSION_POINT}: lists them from
 * the contributions alone (no plugin code is loaded until an export runs) and
 * exports with them, atomically. A contribution that is incomplete, whose class
 * cannot be loaded or that throws is reported once through
 * {@link Contributions}, naming its plugin: one that cannot be loaded is
 * skipped from then on, one that fails turns into an {@link ExportException}
 * for that export only.
 */
public final class Exporters {
	private static final String CLASS = "class"; //$NON-NLS-1$
	private static final Set<String> BROKEN = ConcurrentHashMap.newKeySet();
	private static List<Format> cache;
	private static boolean listening;

	/**
	 * A declared format.
	 *
	 * @param id          what the user types after {@code --format}
	 * @param name        the name in the user's language
	 * @param description what it holds, in the user's language (may be empty)
	 * @param extension   the file extension, without the dot
	 * @param productions whether it exports productions
	 * @param studios     whether it exports studios
	 * @param plugin      the contributing plugin's symbolic name
	 * @param element     the contribution
	 */
	public record Format(String id, String name, String description, String extension, boolean productions, boolean studios,
			String plugin, IConfigurationElement element) {

		/** Whether this format exports the root (a production or a studio). */
		public boolean accepts(EObject root) {
			return root instanceof Production ? productions : root instanceof Studio && studios;
		}

		/** A file name for an export of a file called {@code base} (without extension). */
		public String fileName(String base) {
			return base + "." + extension; //$NON-NLS-1$
		}
	}

	private Exporters() {
	}

	/** Every usable format, sorted by id (none outside OSGi). */
	public static List<Format> all() {
		return contributions().stream().filter(f -> !BROKEN.contains(key(f))).toList();
	}

	/** The format with this id (ignoring case). */
	public static Optional<Format> find(String id) {
		return all().stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
	}

	/** The formats that export this root. */
	public static List<Format> forRoot(EObject root) {
		return all().stream().filter(f -> f.accepts(root)).toList();
	}

	/** The ids of every usable format, comma-separated (for messages). */
	public static String ids() {
		return all().stream().map(Format::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/**
	 * Exports the root to a file: the exporter writes into memory and the file is
	 * replaced atomically only when it succeeded.
	 *
	 * @throws ExportException naming the format and its plugin, or the file
	 * @throws OperationCanceledException when the monitor was cancelled (nothing is written)
	 */
	public static void export(Format format, EObject root, Path target, IProgressMonitor monitor) throws ExportException {
		byte[] bytes = write(format, root, monitor);
		try {
			AtomicFiles.write(target, bytes);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.exportCannotWrite, target, reason(e)), e);
		}
	}

	/**
	 * Exports the root into memory (for standard output); nothing is returned when
	 * the exporter fails.
	 *
	 * @throws ExportException naming the format and its plugin
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public static byte[] write(Format format, EObject root, IProgressMonitor monitor) throws ExportException {
		if (!format.accepts(root)) {
			String message = root instanceof Studio ? Messages.exportNotForStudios
					: root instanceof Production ? Messages.exportNotForProductions : Messages.exportNotForRoot;
			throw new ExportException(NLS.bind(message, format.name(), root == null ? null : root.eClass().getName()), null);
		}
		Optional<Exporter> exporter = Contributions.create(format.element(), CLASS, Exporter.class);
		if (exporter.isEmpty()) {
			BROKEN.add(key(format));
			throw new ExportException(NLS.bind(Messages.exportNotLoaded, format.name(), format.plugin()), null, true);
		}
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
		try {
			exporter.get().write(root, out, m);
		} catch (OperationCanceledException e) {
			throw e;
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.exportFailed, new Object[] { format.name(), format.plugin(), reason(e) }), e);
		} catch (RuntimeException | LinkageError e) {
			Contributions.reportBroken(format.element(), e.toString(), e);
			throw new ExportException(NLS.bind(Messages.exportFailed, new Object[] { format.name(), format.plugin(), e }), e, true);
		}
		if (m.isCanceled()) {
			throw new OperationCanceledException();
		}
		return out.toByteArray();
	}

	/** Reads the contributions once, and again after plugins were installed or removed. */
	private static synchronized List<Format> contributions() {
		if (cache == null) {
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			if (registry == null) {
				return List.of();
			}
			if (!listening) {
				registry.addListener(new Invalidate(), Exporter.EXTENSION_POINT);
				listening = true;
			}
			cache = read(registry.getConfigurationElementsFor(Exporter.EXTENSION_POINT));
		}
		return cache;
	}

	/** Turns contributions into formats; an incomplete one or a second one with a taken id is reported and left out. */
	static List<Format> read(IConfigurationElement[] elements) {
		Map<String, Format> byId = new LinkedHashMap<>();
		for (IConfigurationElement e : elements) {
			Format f = parse(e);
			if (f == null) {
				continue;
			}
			Format taken = byId.putIfAbsent(f.id().toLowerCase(Locale.ROOT), f);
			if (taken != null) {
				Contributions.reportBroken(e, NLS.bind(Messages.exportDuplicate, f.id(), taken.plugin()));
			}
		}
		List<Format> result = new ArrayList<>(byId.values());
		result.sort(Comparator.comparing(Format::id));
		return List.copyOf(result);
	}

	private static Format parse(IConfigurationElement e) {
		for (String required : new String[] { "id", "name", "extension", CLASS }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (text(e, required).isEmpty()) {
				Contributions.reportBroken(e, NLS.bind(Messages.exportMissingAttribute, required));
				return null;
			}
		}
		String roots = text(e, "roots"); //$NON-NLS-1$
		boolean productions = roots.isEmpty();
		boolean studios = false;
		for (String r : roots.toLowerCase(Locale.ROOT).split("[\\s,]+")) { //$NON-NLS-1$
			switch (r) {
			case "production" -> productions = true; //$NON-NLS-1$
			case "studio" -> studios = true; //$NON-NLS-1$
			case "" -> { /* no roots given: productions */ }
			default -> {
				Contributions.reportBroken(e, NLS.bind(Messages.exportUnknownRoot, r));
				return null;
			}
			}
		}
		String extension = text(e, "extension"); //$NON-NLS-1$
		extension = extension.startsWith(".") ? extension.substring(1) : extension; //$NON-NLS-1$
		return new Format(text(e, "id"), text(e, "name"), text(e, "description"), extension, productions, studios, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				e.getContributor().getName(), e);
	}

	private static String text(IConfigurationElement e, String attribute) {
		String v = e.getAttribute(attribute);
		return v == null ? "" : v.strip(); //$NON-NLS-1$
	}

	private static String key(Format f) {
		return f.plugin() + '/' + f.id();
	}

	private static String reason(IOException e) {
		return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.toString();
	}

	/** Forgets the formats read when plugins contributing to the point come or go. */
	private static final class Invalidate implements IRegistryEventListener {
		private static void clear() {
			synchronized (Exporters.class) {
				cache = null;
			}
		}

		@Override
		public void added(IExtension[] extensions) {
			clear();
		}

		@Override
		public void removed(IExtension[] extensions) {
			clear();
		}

		@Override
		public void added(IExtensionPoint[] points) {
			clear();
		}

		@Override
		public void removed(IExtensionPoint[] points) {
			clear();
		}
	}
}
