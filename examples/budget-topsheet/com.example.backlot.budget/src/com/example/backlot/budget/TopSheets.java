// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.Plan;
import org.eclipse.osgi.util.NLS;

/**
 * Prices a production's top-sheet from its breakdown and its active board.
 * Reads the model only; a production without a script, a breakdown or a board
 * gives accounts of zero with their reason, never an error.
 */
public final class TopSheets {
	private TopSheets() {
	}

	/** The top-sheet of a production (null gives an empty sheet) at the rate card in use. */
	public static TopSheet compute(Production p) {
		return compute(p, RateCard.current());
	}

	/** The top-sheet of a production (null gives an empty sheet) at the given rates. */
	public static TopSheet compute(Production p, RateCard rates) {
		Schedule board = p == null ? null : Boards.active(p);
		Plan plan = board == null ? new Plan(List.of(), List.of()) : Boards.read(board);
		List<String> notes = new ArrayList<>();
		if (p != null && board == null) {
			notes.add(Messages.noBoard);
		} else if (board != null && plan.dayCount() == 0) {
			notes.add(NLS.bind(Messages.noDays, name(board)));
		}
		notes.addAll(rates.warnings());
		ElementAccounts elements = new ElementAccounts(p, board, rates);
		BoardAccounts days = new BoardAccounts(p, board, plan, rates);
		List<Account> accounts = List.of(elements.cast(), //
				days.background(elements.silentBits()), //
				days.crew(), //
				days.stages(), //
				days.locations(), //
				elements.perDay(Account.VEHICLES, Messages.accountVehicles, ElementAccounts.VEHICLES, Rate.VEHICLE_DAY), //
				elements.allowance(Account.PROPS, Messages.accountProps, ElementAccounts.PROPS, Rate.PROP_ALLOWANCE), //
				elements.allowance(Account.WARDROBE, Messages.accountWardrobe, ElementAccounts.WARDROBE, Rate.WARDROBE_ALLOWANCE), //
				elements.perDay(Account.SFX, Messages.accountSfx, ElementAccounts.SFX, Rate.SFX_DAY), //
				OtherAccounts.housing(p, board, plan, elements, rates), //
				OtherAccounts.permits(p));
		String title = p == null ? null : p.getTitle();
		return new TopSheet(title, board == null ? null : name(board), accounts, rates.get(Rate.CONTINGENCY_PERCENT), notes);
	}

	private static String name(Schedule board) {
		return board.getName() == null || board.getName().isBlank() ? Messages.unnamed : board.getName();
	}
}
