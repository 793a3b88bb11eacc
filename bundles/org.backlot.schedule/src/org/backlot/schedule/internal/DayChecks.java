// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.core.api.Contributions;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.script.Scene;
import org.backlot.schedule.api.ConstraintKind;
import org.backlot.schedule.api.DayCheck;
import org.backlot.schedule.api.Plan;
import org.backlot.schedule.api.Violation;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The checks contributed to {@value DayCheck#EXTENSION_POINT}, read once; a broken one is reported and skipped. */
public final class DayChecks {
	private static List<DayCheck> checks;
	private static final List<IConfigurationElement> ELEMENTS = new ArrayList<>();

	private DayChecks() {
	}

	/** Every usable contributed check (none outside OSGi). */
	public static synchronized List<DayCheck> all() {
		if (checks == null) {
			checks = new ArrayList<>();
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			if (registry != null) {
				for (IConfigurationElement e : registry.getConfigurationElementsFor(DayCheck.EXTENSION_POINT)) {
					Contributions.create(e, "class", DayCheck.class).ifPresent(c -> { //$NON-NLS-1$
						checks.add(c);
						ELEMENTS.add(e);
					});
				}
			}
		}
		return List.copyOf(checks);
	}

	/**
	 * Runs the checks and adds each violation to the list of its kind, unless the board's own constraints already name
	 * all its scenes on that day; a check that throws or answers null is reported once and dropped.
	 */
	public static void run(List<DayCheck> list, Production p, Schedule board, Plan plan, List<LocalDate> dates,
			Map<ConstraintKind, List<Violation>> found) {
		for (DayCheck c : list) {
			try {
				List<Violation> violations = c.check(p, board, plan, dates);
				if (violations == null) {
					throw new IllegalStateException(c.getClass().getName() + ".check returned null"); //$NON-NLS-1$
				}
				for (Violation v : violations) {
					if (v != null && v.kind() != null && !known(found.get(v.kind()), v)) {
						found.get(v.kind()).add(v);
					}
				}
			} catch (RuntimeException | LinkageError e) {
				drop(c, e);
			}
		}
	}

	/** Whether violations of the same kind already name every scene of this one on its day. */
	private static boolean known(List<Violation> existing, Violation v) {
		if (v.scenes().isEmpty()) {
			return false;
		}
		Set<Scene> named = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Violation w : existing) {
			if (w.day() == v.day()) {
				named.addAll(w.scenes());
			}
		}
		return named.containsAll(v.scenes());
	}

	private static synchronized void drop(DayCheck c, Throwable e) {
		int i = checks == null ? -1 : checks.indexOf(c);
		if (i >= 0) {
			Contributions.reportBroken(ELEMENTS.get(i), e.toString(), e);
			checks.remove(i);
			ELEMENTS.remove(i);
		}
	}
}
