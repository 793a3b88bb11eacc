// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

import java.util.List;

import org.backlot.permits.api.Clock;
import org.backlot.permits.api.Requirement.Coverage;
import org.eclipse.swt.graphics.RGB;

/** The colours of permit coverage and of service-level clocks, and which coverage is worse. */
public final class Colours {
	/** Coverage from worst to best (null, "not needed", last). */
	public static final List<Coverage> WORST_FIRST = List.of(Coverage.MISSING, Coverage.REFUSED, Coverage.AT_RISK, Coverage.NOT_SUBMITTED,
			Coverage.PARTLY_APPROVED, Coverage.PENDING, Coverage.APPROVED);
	/** The legend's order: best to worst, then not needed. */
	public static final List<Coverage> LEGEND = List.of(Coverage.APPROVED, Coverage.PARTLY_APPROVED, Coverage.PENDING, Coverage.NOT_SUBMITTED,
			Coverage.AT_RISK, Coverage.MISSING, Coverage.REFUSED);

	private Colours() {
	}

	/** The fill of a calendar cell with this coverage (null: no permit needed). */
	public static RGB coverage(Coverage c) {
		if (c == null) {
			return new RGB(0xf3, 0xf4, 0xf6);
		}
		return switch (c) {
		case APPROVED -> new RGB(0x43, 0xa0, 0x47);
		case PARTLY_APPROVED -> new RGB(0xae, 0xd5, 0x81);
		case PENDING -> new RGB(0x64, 0xb5, 0xf6);
		case NOT_SUBMITTED -> new RGB(0xff, 0xe0, 0x82);
		case AT_RISK -> new RGB(0xfb, 0x8c, 0x00);
		case MISSING -> new RGB(0xe5, 0x39, 0x35);
		case REFUSED -> new RGB(0x6a, 0x1b, 0x9a);
		};
	}

	/** Whether text on the coverage's fill should be white. */
	public static boolean darkFill(Coverage c) {
		return c == Coverage.APPROVED || c == Coverage.MISSING || c == Coverage.REFUSED || c == Coverage.AT_RISK;
	}

	/** The dot of a clock's state: green on time, amber at risk, red late, grey not started. */
	public static RGB clock(Clock.State s) {
		if (s == null) {
			return new RGB(0x9e, 0x9e, 0x9e);
		}
		return switch (s) {
		case ON_TIME, DECIDED_ON_TIME -> new RGB(0x43, 0xa0, 0x47);
		case AT_RISK -> new RGB(0xfb, 0x8c, 0x00);
		case LATE, DECIDED_LATE -> new RGB(0xe5, 0x39, 0x35);
		case NOT_STARTED -> new RGB(0x9e, 0x9e, 0x9e);
		};
	}

	/** The worse of two coverages (null counts as not needed, the best). */
	public static Coverage worse(Coverage a, Coverage b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return WORST_FIRST.indexOf(a) <= WORST_FIRST.indexOf(b) ? a : b;
	}
}
