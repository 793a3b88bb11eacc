// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.core.api.Contributions;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.AuthorityRules;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

/** Reads {@code <authority>} contributions into definitions; a broken one is reported naming its plugin and skipped. */
public final class AuthorityRegistry {
	private AuthorityRegistry() {
	}

	/** Every usable contribution (none outside OSGi). */
	public static List<AuthorityDefinition> read() {
		IExtensionRegistry registry = Platform.isRunning() ? Platform.getExtensionRegistry() : null;
		return registry == null ? List.of() : read(registry.getConfigurationElementsFor(AuthorityRules.EXTENSION_POINT));
	}

	/** The usable authorities among these elements; the first of two with one id wins. */
	public static List<AuthorityDefinition> read(IConfigurationElement[] elements) {
		List<AuthorityDefinition> out = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement e : elements) {
			if (!"authority".equals(e.getName())) { //$NON-NLS-1$
				continue;
			}
			try {
				AuthorityDefinition d = definition(e);
				if (d == null) {
					continue;
				}
				if (!ids.add(d.id())) {
					Contributions.reportBroken(e, NLS.bind(Messages.duplicateAuthority, d.id()));
					continue;
				}
				out.add(d);
			} catch (IllegalArgumentException ex) {
				Contributions.reportBroken(e, ex.getMessage());
			}
		}
		return out;
	}

	private static AuthorityDefinition definition(IConfigurationElement e) {
		String id = required(e, "id"); //$NON-NLS-1$
		String name = required(e, "name"); //$NON-NLS-1$
		String nameZh = text(e, "nameZh", name); //$NON-NLS-1$
		AuthorityKind kind = AuthorityKind.get(text(e, "kind", "OTHER")); //$NON-NLS-1$ //$NON-NLS-2$
		if (kind == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.badAttribute, "kind", e.getAttribute("kind"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int lead = number(e, "leadTimeDays", 5); //$NON-NLS-1$
		int target = number(e, "targetDays", 3); //$NON-NLS-1$
		String scopeText = text(e, "scope", "location"); //$NON-NLS-1$ //$NON-NLS-2$
		AuthorityDefinition.Scope scope = switch (scopeText) {
		case "location" -> AuthorityDefinition.Scope.LOCATION; //$NON-NLS-1$
		case "production" -> AuthorityDefinition.Scope.PRODUCTION; //$NON-NLS-1$
		default -> throw new IllegalArgumentException(NLS.bind(Messages.badAttribute, "scope", scopeText)); //$NON-NLS-1$
		};
		String form = text(e, "formTitle", name); //$NON-NLS-1$
		String formZh = text(e, "formTitleZh", nameZh); //$NON-NLS-1$
		Map<String, String> settings = new LinkedHashMap<>();
		for (IConfigurationElement s : e.getChildren("setting")) { //$NON-NLS-1$
			settings.put(required(s, "key"), text(s, "value", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		AuthorityRules rules = Contributions.create(e, "class", AuthorityRules.class).orElse(null); //$NON-NLS-1$
		if (rules == null) {
			return null;
		}
		return new AuthorityDefinition(id, e.getContributor().getName(), name, nameZh, kind, lead, target, scope, form, formZh,
				Map.copyOf(settings), new SafeRules(rules, e));
	}

	private static String required(IConfigurationElement e, String attribute) {
		String v = e.getAttribute(attribute);
		if (v == null || v.isBlank()) {
			throw new IllegalArgumentException(NLS.bind(Messages.missingAttribute, attribute, e.getName()));
		}
		return v.trim();
	}

	private static String text(IConfigurationElement e, String attribute, String fallback) {
		String v = e.getAttribute(attribute);
		return v == null || v.isBlank() ? fallback : v.trim();
	}

	private static int number(IConfigurationElement e, String attribute, int fallback) {
		String v = e.getAttribute(attribute);
		if (v == null || v.isBlank()) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(v.trim());
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException ex) {
			throw new IllegalArgumentException(NLS.bind(Messages.badAttribute, attribute, v));
		}
	}
}
