// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.backlot.core.api.Contributions;
import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.AuthorityRules;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.PermitField;
import org.eclipse.core.runtime.IConfigurationElement;

/** Guards a contributed authority's rules: one that throws or answers null is reported once and treated as silent. */
final class SafeRules implements AuthorityRules {
	private final AuthorityRules rules;
	private final IConfigurationElement element;
	private volatile boolean reported;

	SafeRules(AuthorityRules rules, IConfigurationElement element) {
		this.rules = rules;
		this.element = element;
	}

	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		return guard(() -> rules.reasons(day, self), List.of());
	}

	@Override
	public Set<PermitField> requiredFields(AuthorityDefinition self) {
		return guard(() -> rules.requiredFields(self), PermitField.BASIC);
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		return guard(() -> rules.documents(application, self), List.of());
	}

	@Override
	public double fee(PermitApplication application, AuthorityDefinition self) {
		return guard(() -> rules.fee(application, self), 0.0);
	}

	private <T> T guard(Supplier<T> call, T fallback) {
		try {
			T v = call.get();
			return v == null ? fallback : v;
		} catch (RuntimeException | LinkageError e) {
			if (!reported) {
				reported = true;
				Contributions.reportBroken(element, e.toString(), e);
			}
			return fallback;
		}
	}
}
