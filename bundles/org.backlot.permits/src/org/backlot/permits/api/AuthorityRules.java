// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.util.List;
import java.util.Set;

import org.backlot.model.permits.PermitApplication;

/**
 * What a contributed authority ({@value #EXTENSION_POINT}) decides by: when its approval is needed, which fields and
 * documents a complete application has, and what it charges. The declarative part (name, lead time, target days,
 * scope, form title, settings) comes from the contribution's XML as an {@link AuthorityDefinition}.
 */
public interface AuthorityRules {
	/** The extension point authorities are contributed to. */
	String EXTENSION_POINT = "org.backlot.permits.authorities"; //$NON-NLS-1$

	/**
	 * Why this authority must approve the work of one shoot day at one place, one plain sentence each in the user's
	 * language ("Scene 14: 2 vehicles on a public road"); empty when its approval is not needed.
	 */
	List<String> reasons(DayAtPlace day, AuthorityDefinition self);

	/** The fields a complete application to this authority fills in. */
	default Set<PermitField> requiredFields(AuthorityDefinition self) {
		return PermitField.BASIC;
	}

	/**
	 * The documents the application needs, each with a stable key (stored in the checklist) and a label in the user's
	 * language; may depend on what the application covers (owner consent only for private property). Use the keys in
	 * {@link DocumentKind} for Backlot's common documents so that one file serves every authority that asks for it.
	 */
	List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self);

	/** The fee in yuan for the application as it stands (0 when the authority charges nothing). */
	default double fee(PermitApplication application, AuthorityDefinition self) {
		return 0;
	}
}
