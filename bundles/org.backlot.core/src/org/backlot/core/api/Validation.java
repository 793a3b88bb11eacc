// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.util.ArrayList;
import java.util.List;

import org.backlot.core.internal.validation.BacklotValidator;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Checks a production or a studio with EMF's Diagnostician and Backlot's constraints. */
public final class Validation {
	private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(BacklotValidator.registry());

	private Validation() {
	}

	/** Validates the object and everything it contains, then runs the contributed {@link ModelCheck}s on it. */
	public static Diagnostic validate(EObject root) {
		Diagnostic own = DIAGNOSTICIAN.validate(root);
		List<ModelCheck> checks = ModelChecks.all();
		if (checks.isEmpty()) {
			return own;
		}
		BasicDiagnostic all = new BasicDiagnostic(own.getSource(), own.getCode(), own.getMessage(), own.getData().toArray());
		all.merge(own);
		ModelChecks.run(checks, root, all);
		return all;
	}

	/** The leaf problems of a diagnostic, in order. */
	public static List<Diagnostic> problems(Diagnostic diagnostic) {
		List<Diagnostic> result = new ArrayList<>();
		collect(diagnostic, result);
		return result;
	}

	private static void collect(Diagnostic d, List<Diagnostic> into) {
		if (d.getChildren().isEmpty()) {
			if (d.getSeverity() != Diagnostic.OK) {
				into.add(d);
			}
		} else {
			for (Diagnostic c : d.getChildren()) {
				collect(c, into);
			}
		}
	}

	/** The object a problem is about, or null. */
	public static EObject subject(Diagnostic d) {
		return d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject o) ? null : o;
	}
}
