// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Dood;
import org.backlot.schedule.api.DoodRow;
import org.backlot.schedule.api.DoodTable;
import org.eclipse.osgi.util.NLS;

/**
 * The accounts priced from breakdown elements: the cast from the
 * day-out-of-days (work, hold, travel, fitting and rehearsal days at each
 * actor's daily rate), elements priced by the working day from their
 * category's day-out-of-days, and elements priced once by an allowance.
 */
final class ElementAccounts {
	/** The breakdown category keys the accounts read. */
	static final String SILENT_BITS = "extras-silent", VEHICLES = "vehicles", PROPS = "props", WARDROBE = "wardrobe", SFX = "sfx"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final Production p;
	private final Schedule board;
	private final RateCard rates;
	private final Map<String, DoodTable> doods = new HashMap<>();

	ElementAccounts(Production p, Schedule board, RateCard rates) {
		this.p = p;
		this.board = board;
		this.rates = rates;
	}

	/** The day-out-of-days of a category (or the cast), or null without a board or without that category. */
	DoodTable dood(String categoryKey) {
		if (p == null || board == null || p.getBreakdown() == null || !Dood.categoryKeys(p).contains(categoryKey)) {
			return null;
		}
		return doods.computeIfAbsent(categoryKey, k -> Dood.compute(p, board, k));
	}

	/** The cast: each actor's paid days from the day-out-of-days × their daily rate, or the card's cast day. */
	Account cast() {
		List<Line> lines = new ArrayList<>();
		DoodTable table = dood(Dood.CAST);
		int days = 0;
		for (DoodRow row : table == null ? List.<DoodRow>of() : table.rows()) {
			if (row.total() == 0 || !(row.element() instanceof CastMember c)) {
				continue;
			}
			boolean own = c.getDailyRate() > 0;
			String basis = NLS.bind(own ? Messages.castDays : Messages.castDaysCardRate, new Object[] { row.work(), row.hold(), row.travel(), row.other() });
			lines.add(Line.priced(Names.cast(c), basis, row.total(), own ? c.getDailyRate() : rates.get(Rate.CAST_DAY), c));
			days += row.total();
		}
		String basis = lines.isEmpty() ? why(Messages.noCastWorks) : NLS.bind(Messages.castBasis, lines.size(), days);
		return new Account(Account.CAST, Messages.accountCast, basis, lines);
	}

	/** Silent bits: each one's work days × the card's silent bit day. */
	List<Line> silentBits() {
		return perDay(SILENT_BITS, Rate.SILENT_BIT_DAY);
	}

	/** An account of one line per element of a category: its work days × a day rate. */
	Account perDay(String key, String label, String categoryKey, Rate rate) {
		List<Line> lines = perDay(categoryKey, rate);
		int days = 0;
		for (Line l : lines) {
			days += (int) l.quantity();
		}
		String basis = lines.isEmpty() ? why(Messages.noneWorks) : NLS.bind(Messages.elementDaysBasis, lines.size(), days);
		return new Account(key, label, basis, lines);
	}

	private List<Line> perDay(String categoryKey, Rate rate) {
		List<Line> lines = new ArrayList<>();
		DoodTable table = dood(categoryKey);
		for (DoodRow row : table == null ? List.<DoodRow>of() : table.rows()) {
			if (row.work() > 0) {
				lines.add(Line.priced(Names.element(row.element()), Names.count(row.work(), Messages.oneWorkDay, Messages.workDays), row.work(), rates.get(rate), row.element()));
			}
		}
		return lines;
	}

	/** An account of one line per element of a category that a scene of the script needs: one allowance each. */
	Account allowance(String key, String label, String categoryKey, Rate rate) {
		List<Line> lines = new ArrayList<>();
		if (p != null && p.getBreakdown() != null) {
			for (Element e : p.getBreakdown().getElements()) {
				if (e.getCategory() != null && categoryKey.equals(e.getCategory().getKey()) && needed(e)) {
					lines.add(Line.priced(Names.element(e), Messages.oneAllowance, 1, rates.get(rate), e));
				}
			}
		}
		String basis = lines.isEmpty() ? Messages.noElements : NLS.bind(Messages.allowanceBasis, lines.size(), Money.format(rates.get(rate)));
		return new Account(key, label, basis, lines);
	}

	/** Whether a scene of the script still needs the element (it occurs in a scene that is not omitted). */
	private static boolean needed(Element e) {
		for (ElementOccurrence o : e.getOccurrences()) {
			if (o.getScene() != null && !o.getScene().isOmitted()) {
				return true;
			}
		}
		return false;
	}

	/** Why a schedule account is empty: no board, or nothing of it works on the board. */
	String why(String nothing) {
		return board == null ? Messages.noBoardShort : nothing;
	}
}
