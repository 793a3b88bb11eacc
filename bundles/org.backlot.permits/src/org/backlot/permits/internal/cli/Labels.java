// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.Clock;
import org.backlot.permits.api.Clocks;
import org.backlot.permits.api.Requirement;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.osgi.util.NLS;

/** Words for coverage, clocks and authorities in the command line's language. */
final class Labels {
	private Labels() {
	}

	static String coverage(Requirement.Coverage c) {
		return switch (c) {
		case MISSING -> Messages.covMissing;
		case NOT_SUBMITTED -> Messages.covNotSubmitted;
		case PENDING -> Messages.covPending;
		case AT_RISK -> Messages.covAtRisk;
		case APPROVED -> Messages.covApproved;
		case PARTLY_APPROVED -> Messages.covPartly;
		case REFUSED -> Messages.covRefused;
		};
	}

	static String clock(Clock c) {
		if (c.state() == Clock.State.NOT_STARTED) {
			return Clocks.label(c.state());
		}
		return NLS.bind(Messages.clockLine, new Object[] { c.elapsed(), c.target(), Clocks.label(c.state()),
				c.due() == null ? "" : ShootCalendar.label(c.due()) }); //$NON-NLS-1$
	}

	static String authority(PermitApplication a) {
		if (a.getAuthority() == null) {
			return Messages.noAuthority;
		}
		return Authorities.of(a.getAuthority()).map(AuthorityDefinition::label)
				.orElse(a.getAuthority().getName() == null ? Messages.noAuthority : a.getAuthority().getName());
	}
}
