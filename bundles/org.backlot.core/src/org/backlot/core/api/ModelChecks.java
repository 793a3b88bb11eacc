// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/** The checks contributed to {@code org.backlot.core.checks}, read once; a broken one is reported and skipped. */
final class ModelChecks {
	private static List<ModelCheck> checks;
	private static final List<IConfigurationElement> ELEMENTS = new ArrayList<>();

	private ModelChecks() {
	}

	/** Every usable contributed check (none outside OSGi). */
	static synchronized List<ModelCheck> all() {
		if (checks == null) {
			checks = new ArrayList<>();
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			if (registry != null) {
				for (IConfigurationElement e : registry.getConfigurationElementsFor(ModelCheck.EXTENSION_POINT)) {
					Contributions.create(e, "class", ModelCheck.class).ifPresent(c -> { //$NON-NLS-1$
						checks.add(c);
						ELEMENTS.add(e);
					});
				}
			}
		}
		return List.copyOf(checks);
	}

	/** Runs the checks; one that throws is reported once and dropped. */
	static void run(List<ModelCheck> list, EObject root, DiagnosticChain into) {
		for (ModelCheck c : list) {
			try {
				c.check(root, into);
			} catch (RuntimeException | LinkageError e) {
				drop(c, e);
			}
		}
	}

	private static synchronized void drop(ModelCheck c, Throwable e) {
		int i = checks.indexOf(c);
		if (i >= 0) {
			Contributions.reportBroken(ELEMENTS.get(i), e.toString(), e);
			checks.remove(i);
			ELEMENTS.remove(i);
		}
	}
}
