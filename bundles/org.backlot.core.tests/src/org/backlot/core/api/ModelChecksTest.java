// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.model.production.Production;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** Checks contributed to org.backlot.core.checks run with the validation; a broken one is reported and skipped. */
class ModelChecksTest {
	@Test
	void contributedChecksAddProblemsAndABrokenOneIsDropped() {
		Production p = Fixtures.production(Fixtures.studio());
		p.setTitle("Check me");
		List<Diagnostic> problems = Validation.problems(Validation.validate(p));
		assertEquals(1, problems.size(), problems.toString());
		assertEquals("Checked by a plugin", problems.get(0).getMessage());
		assertEquals(p, Validation.subject(problems.get(0)));

		Contributions.takeProblems();
		p.setTitle("Throw");
		assertEquals(List.of(), Validation.problems(Validation.validate(p)), "the failing check is skipped");
		List<String> reported = Contributions.takeProblems();
		assertEquals(1, reported.size(), reported.toString());
		assertTrue(reported.get(0).contains("a broken check"), reported.get(0));
		p.setTitle("Check me");
		assertEquals(List.of(), Validation.problems(Validation.validate(p)), "and stays off for the session");
	}
}
