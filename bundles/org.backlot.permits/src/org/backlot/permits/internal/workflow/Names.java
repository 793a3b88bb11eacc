// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.workflow;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.backlot.core.api.Languages;
import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.production.Production;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.WorkingDays;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Where an application belongs: its authority's name and rules, its production, the production's file and calendar. */
public final class Names {
	/** The target when neither the studio's record nor a contributed authority gives one. */
	public static final int DEFAULT_TARGET = 3;

	private Names() {
	}

	/** The status in the user's language. */
	public static String status(PermitStatus s) {
		return switch (s == null ? PermitStatus.DRAFT : s) {
		case DRAFT -> Messages.statusDraft;
		case COMPLETE -> Messages.statusComplete;
		case SUBMITTED -> Messages.statusSubmitted;
		case MORE_INFO -> Messages.statusMoreInfo;
		case APPROVED -> Messages.statusApproved;
		case REJECTED -> Messages.statusRejected;
		case WITHDRAWN -> Messages.statusWithdrawn;
		case EXPIRED -> Messages.statusExpired;
		};
	}

	/** The contributed authority whose rules the application follows, if any. */
	public static Optional<AuthorityDefinition> definition(PermitApplication a) {
		return a.getAuthority() == null ? Optional.empty() : Authorities.of(a.getAuthority());
	}

	/** The authority's name in the user's language: the contributed one's, else the studio record's. */
	public static String authority(PermitApplication a, AuthorityDefinition def) {
		if (def != null) {
			return def.label();
		}
		Authority r = a.getAuthority();
		if (r == null) {
			return Messages.noAuthority;
		}
		String name = Languages.pick(r.getName(), r.getNameZh());
		return name.isEmpty() ? Messages.noAuthority : name;
	}

	/** The working days the authority promises: the studio record's, else the contributed authority's, else 3. */
	public static int target(PermitApplication a, AuthorityDefinition def) {
		if (a.getAuthority() != null && a.getAuthority().getTargetDays() > 0) {
			return a.getAuthority().getTargetDays();
		}
		return def != null && def.targetDays() > 0 ? def.targetDays() : DEFAULT_TARGET;
	}

	/** The production an object belongs to, or null when it is not inside one. */
	public static Production production(EObject o) {
		return EcoreUtil.getRootContainer(o) instanceof Production p ? p : null;
	}

	/** The authorities' calendar for an application: its production's holidays off, or only weekends off. */
	public static WorkingDays workingDays(EObject o) {
		Production p = production(o);
		return p != null ? WorkingDays.of(p) : new WorkingDays(Set.of());
	}

	/** The file the object's production is saved in, or null when it has none (not saved, or not a local file). */
	public static Path productionFile(EObject o) {
		EObject root = EcoreUtil.getRootContainer(o);
		Resource r = root.eResource();
		URI uri = r == null ? null : r.getURI();
		if (uri == null || !uri.isFile() || uri.toFileString() == null) {
			return null;
		}
		return Path.of(uri.toFileString()).toAbsolutePath().normalize();
	}

	/** Whether a text is null or only blanks. */
	public static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** Whether two document kinds name the same thing (ignoring case and surrounding blanks). */
	public static boolean sameKind(String x, String y) {
		return x != null && y != null && x.trim().equalsIgnoreCase(y.trim());
	}
}
