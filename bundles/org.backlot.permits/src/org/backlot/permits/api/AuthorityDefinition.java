// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.util.Map;

import org.backlot.core.api.Languages;
import org.backlot.model.permits.AuthorityKind;

/**
 * One authority contributed to {@value AuthorityRules#EXTENSION_POINT}: what its XML declares and the rules its class
 * implements.
 *
 * @param id            unique id, stored in the studio's authority record ({@code Authority.ruleId})
 * @param plugin        the contributing plugin's symbolic name
 * @param name          English name ("Traffic Police Brigade")
 * @param nameZh        Chinese name ("交警大队")
 * @param kind          the kind of body, {@code OTHER} for one Backlot has no kind for
 * @param leadTimeDays  working days before the first shoot day the application must be submitted
 * @param targetDays    working days the authority promises to decide in, from a complete application
 * @param scope         one application per location, or one for the whole production
 * @param formTitle     the English title of the authority's application form
 * @param formTitleZh   the Chinese title of the form
 * @param settings      the contribution's {@code <setting key value>} pairs (thresholds, fee rates...)
 * @param rules         what it decides by
 */
public record AuthorityDefinition(String id, String plugin, String name, String nameZh, AuthorityKind kind, int leadTimeDays,
		int targetDays, Scope scope, String formTitle, String formTitleZh, Map<String, String> settings, AuthorityRules rules) {

	/** How the authority wants applications cut. */
	public enum Scope {
		/** One application per location (police, traffic police, urban management, parks...). */
		LOCATION,
		/** One application for all the production's filming in its district (culture and tourism bureau). */
		PRODUCTION
	}

	/** The name in the user's language (Chinese when the default locale is Chinese). */
	public String label() {
		return Languages.chinese() && !nameZh.isEmpty() ? nameZh : name;
	}

	/** A numeric setting, or the fallback when it is absent or not a number. */
	public double setting(String key, double fallback) {
		try {
			String v = settings.get(key);
			return v == null ? fallback : Double.parseDouble(v.trim());
		} catch (NumberFormatException e) {
			return fallback;
		}
	}
}
