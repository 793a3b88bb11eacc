// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.shots.ui.internal.board.BoardRows.Kind;
import org.backlot.shots.ui.internal.board.BoardRows.Row;
import org.eclipse.osgi.util.NLS;

/** The tooltip of a stripboard row: heading, synopsis, cast names, extras, and what constraint it breaks. */
final class StripTooltips {
	private StripTooltips() {
	}

	static String text(Production p, BoardRows rows, Row row) {
		if (row.kind() != Kind.STRIP) {
			return row.kind() == Kind.DAY && row.shootDay() != null && row.shootDay().getNotes() != null
					? row.text() + "\n" + row.shootDay().getNotes() //$NON-NLS-1$
					: row.text();
		}
		Scene s = row.scene();
		StringBuilder b = new StringBuilder();
		b.append(s.getNumber()).append(". ").append(s.getHeading() == null ? s.getSetName() : s.getHeading()); //$NON-NLS-1$
		if (s.getSynopsis() != null && !s.getSynopsis().isBlank()) {
			b.append('\n').append(s.getSynopsis());
		}
		StringBuilder cast = new StringBuilder();
		for (CastMember c : rows.needs().cast(s)) {
			cast.append(cast.length() == 0 ? "" : ", "); //$NON-NLS-1$ //$NON-NLS-2$
			cast.append(c.getCastNumber() > 0 ? c.getCastNumber() + ". " : "").append(c.getName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (cast.length() > 0) {
			b.append('\n').append(NLS.bind(Messages.tipCast, cast));
		}
		if (p.getBreakdown() != null) {
			for (ExtrasRequirement r : p.getBreakdown().getExtras()) {
				if (r.getScene() == s) {
					b.append('\n').append(NLS.bind(Messages.tipExtras, r.getCount(), r.getDescription() == null ? "" : r.getDescription())); //$NON-NLS-1$
				}
			}
		}
		if (row.strip().isPinned()) {
			b.append('\n').append(Messages.tipPinned);
		}
		if (row.strip().isWeatherCover()) {
			b.append('\n').append(Messages.tipCover);
		}
		if (row.problem() != null) {
			b.append("\n\n").append(NLS.bind(Messages.tipProblem, row.problem())); //$NON-NLS-1$
		}
		return b.toString();
	}
}
