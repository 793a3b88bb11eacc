// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * Creates objects from extension contributions so that a broken plugin is
 * logged, remembered for the user and skipped, and never takes the suite down.
 */
public final class Contributions {
	private static final String BUNDLE = "org.backlot.core"; //$NON-NLS-1$
	/** Every problem reported since start, each once (guarded by itself, as is {@link #PENDING}). */
	private static final List<Problem> REPORTED = new ArrayList<>();
	/** The problems not yet taken to be shown to the user. */
	private static final List<Problem> PENDING = new ArrayList<>();
	private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

	/** One reported problem: the plugin and extension point it concerns, and the message for the user. */
	private record Problem(String plugin, String point, String message) {
	}

	private Contributions() {
	}

	/**
	 * Instantiates the class named by {@code attribute} of a contribution.
	 *
	 * @return the object, or empty when the contribution is broken (then it has
	 *         been reported)
	 */
	public static <T> Optional<T> create(IConfigurationElement element, String attribute, Class<T> type) {
		try {
			Object o = element.createExecutableExtension(attribute);
			if (type.isInstance(o)) {
				return Optional.of(type.cast(o));
			}
			reportBroken(element, NLS.bind(Messages.notAnInstance, o.getClass().getName(), type.getName()));
		} catch (CoreException e) {
			reportBroken(element, e.getStatus().getMessage(), e);
		} catch (RuntimeException | LinkageError e) {
			reportBroken(element, e.toString(), e);
		}
		return Optional.empty();
	}

	/** Reports a contribution that cannot be used, naming the plugin that made it. */
	public static void reportBroken(IConfigurationElement element, String reason) {
		reportBroken(element, reason, null);
	}

	/** Reports a contribution whose code failed, with the exception for the log. */
	public static void reportBroken(IConfigurationElement element, String reason, Throwable cause) {
		String plugin = element.getContributor().getName();
		String point = element.getDeclaringExtension().getExtensionPointUniqueIdentifier();
		String message = NLS.bind(Messages.brokenContribution, new Object[] { named(plugin, pluginName(plugin)), named(point, pointLabel(point)), reason });
		log(new Status(IStatus.ERROR, BUNDLE, message, cause));
		Problem problem = new Problem(plugin, point, message);
		synchronized (REPORTED) {
			if (!REPORTED.contains(problem)) {
				REPORTED.add(problem);
			}
			if (!PENDING.contains(problem)) {
				PENDING.add(problem);
			}
		}
		for (Runnable listener : LISTENERS) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				log(new Status(IStatus.ERROR, BUNDLE, e.toString(), e));
			}
		}
	}

	/**
	 * Calls the listener (on the reporting thread) whenever a problem is reported, so that a user interface can show it
	 * when it happens, not only at the next start; it then takes the problems with {@link #takeProblems()}.
	 */
	public static void addListener(Runnable listener) {
		LISTENERS.add(listener);
	}

	/** Stops calling a listener added with {@link #addListener(Runnable)}. */
	public static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}

	/** "Name (id)" when the name says more than the id, else the id. */
	private static String named(String id, String name) {
		return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String pluginName(String id) {
		try {
			Bundle b = Platform.getBundle(id);
			return b == null ? null : b.getHeaders().get(Constants.BUNDLE_NAME);
		} catch (RuntimeException | LinkageError e) {
			return null; // outside OSGi: the id alone
		}
	}

	private static String pointLabel(String id) {
		try {
			IExtensionPoint p = Platform.getExtensionRegistry() == null ? null : Platform.getExtensionRegistry().getExtensionPoint(id);
			return p == null ? null : p.getLabel();
		} catch (RuntimeException | LinkageError e) {
			return null; // outside OSGi: the id alone
		}
	}

	/** Every problem reported since start, by the plugin that made the contribution (for the Plugins dialog). */
	public static Map<String, List<String>> problemsByPlugin() {
		synchronized (REPORTED) {
			return REPORTED.stream().collect(Collectors.groupingBy(Problem::plugin, TreeMap::new, Collectors.mapping(Problem::message, Collectors.toList())));
		}
	}

	private static void log(IStatus status) {
		try {
			ILog.of(Contributions.class).log(status);
		} catch (RuntimeException e) {
			// no platform log (outside OSGi): reporting must never fail the caller
			System.err.println(status.getMessage());
		}
	}

	/**
	 * Takes the problems reported so far about contributions to one extension
	 * point (to show them where that point is used); the others stay.
	 */
	public static List<String> takeProblems(String point) {
		return take(p -> p.point().equals(point));
	}

	/** Takes the problems reported so far, so that each is shown to the user once. */
	public static List<String> takeProblems() {
		return take(p -> true);
	}

	private static List<String> take(Predicate<Problem> which) {
		synchronized (REPORTED) {
			List<Problem> taken = PENDING.stream().filter(which).toList();
			PENDING.removeAll(taken);
			return taken.stream().map(Problem::message).toList();
		}
	}
}
