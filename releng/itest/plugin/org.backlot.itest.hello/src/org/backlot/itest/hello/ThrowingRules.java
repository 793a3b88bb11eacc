// SPDX-License-Identifier: EPL-2.0
package org.backlot.itest.hello;

import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.AuthorityRules;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;

/** A faulty plugin's authority: its rules throw, and Backlot must report it, skip it and keep working. */
public class ThrowingRules implements AuthorityRules {
	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		throw new IllegalStateException("faulty authority rules for the p2 install test");
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		throw new IllegalStateException("faulty authority rules for the p2 install test");
	}
}
