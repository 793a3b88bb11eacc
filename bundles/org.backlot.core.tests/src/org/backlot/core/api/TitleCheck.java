// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import org.backlot.model.production.Production;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/** A check contributed by the test fragment: flags a production titled "Check me", throws on one titled "Throw". */
public class TitleCheck implements ModelCheck {
	@Override
	public void check(EObject root, DiagnosticChain problems) {
		if (root instanceof Production p && "Check me".equals(p.getTitle())) {
			problems.add(new BasicDiagnostic(Diagnostic.WARNING, "org.backlot.core.tests.title", 0, "Checked by a plugin", new Object[] { p }));
		}
		if (root instanceof Production p && "Throw".equals(p.getTitle())) {
			throw new IllegalStateException("a broken check");
		}
	}
}
