// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlot.core.api.NewProduction;
import org.backlot.model.production.ProductionFactory;
import org.junit.jupiter.api.Test;

/** Every account of a production small enough to price by hand, and productions with nothing to price. */
class TopSheetsTest {
	private static final double EPS = 1e-6;
	private final RateCard rates = RateCard.builtIn();

	private static double amount(TopSheet sheet, String key) {
		Account a = sheet.account(key);
		assertNotNull(a, key);
		return a.amount();
	}

	@Test
	void pricesEachAccountFromTheBreakdownAndTheBoard() {
		Tiny t = new Tiny();
		TopSheet sheet = TopSheets.compute(t.p, rates);
		// LEAD works both days at his own 5,000; FRIEND one day at the card's 3,000
		assertEquals(2 * 5000 + 1 * 3000, amount(sheet, Account.CAST), EPS);
		// day 1: the larger of the two dock-worker crowds (30), day 2: 10 tea drinkers
		assertEquals(40 * 300, amount(sheet, Account.BACKGROUND), EPS);
		assertEquals(2 * 60000, amount(sheet, Account.CREW), EPS);
		assertEquals(1 * 20000, amount(sheet, Account.STAGES), EPS, "scenes 1 and 2 share Stage A on one day");
		assertEquals(1 * 8000, amount(sheet, Account.LOCATIONS), EPS);
		assertEquals(2 * 1500, amount(sheet, Account.VEHICLES), EPS);
		assertEquals(800, amount(sheet, Account.PROPS), EPS, "the prop of an omitted scene is not needed");
		assertEquals(0, amount(sheet, Account.WARDROBE), EPS);
		assertEquals(0, amount(sheet, Account.SFX), EPS);
		assertEquals(t.housingInModel ? 2 * 350 : 0, amount(sheet, Account.HOUSING), EPS, "one person housed for the two shoot nights");
		assertEquals(5000, amount(sheet, Account.PERMITS), EPS, "a rejected application costs nothing");
		double subtotal = 13000 + 12000 + 120000 + 20000 + 8000 + 3000 + 800 + (t.housingInModel ? 700 : 0) + 5000;
		assertEquals(subtotal, sheet.subtotal(), EPS);
		assertEquals(subtotal * 0.10, sheet.contingency(), EPS);
		assertEquals(subtotal * 1.10, sheet.total(), EPS);
		assertTrue(sheet.notes().isEmpty(), sheet.notes().toString());
	}

	@Test
	void castLinesCarryTheActorsOwnRateOrTheCard() {
		Tiny t = new Tiny();
		Account cast = TopSheets.compute(t.p, rates).account(Account.CAST);
		assertEquals(2, cast.lines().size());
		Line lead = cast.lines().get(0);
		assertEquals(t.lead, lead.source());
		assertEquals(5000, lead.rate(), EPS);
		assertEquals(2, lead.quantity(), EPS);
		assertEquals(3000, cast.lines().get(1).rate(), EPS);
		assertTrue(Double.isNaN(cast.rate()), "two rates: the account has none of its own");
	}

	@Test
	void travellingActorsAreHousedFromTravelInToTravelOut() {
		Tiny t = new Tiny();
		t.lead.setTravel(true);
		Account housing = TopSheets.compute(t.p, rates).account(Account.HOUSING);
		Line lead = housing.lines().stream().filter(l -> l.source() == t.lead).findFirst().orElseThrow();
		assertEquals(3, lead.quantity(), EPS, "travels in 28 Feb, works 1 and 2 Mar, travels out 3 Mar");
	}

	@Test
	void changingARateChangesTheTotal() {
		Tiny t = new Tiny();
		TopSheet before = TopSheets.compute(t.p, rates);
		TopSheet after = TopSheets.compute(t.p, rates.with(Rate.CREW_DAY, 70000));
		assertEquals(2 * 10000 * 1.10, after.total() - before.total(), EPS);
		TopSheet noContingency = TopSheets.compute(t.p, rates.with(Rate.CONTINGENCY_PERCENT, 0));
		assertEquals(before.subtotal(), noContingency.total(), EPS);
	}

	@Test
	void modelChangesShowInTheNextSheet() {
		Tiny t = new Tiny();
		double before = TopSheets.compute(t.p, rates).total();
		t.friend.setDailyRate(4000);
		assertEquals(1000 * 1.10, TopSheets.compute(t.p, rates).total() - before, EPS);
	}

	@Test
	void anEmptyProductionCostsNothing() {
		for (TopSheet sheet : new TopSheet[] { TopSheets.compute(ProductionFactory.eINSTANCE.createProduction(), rates),
				TopSheets.compute(NewProduction.create("Empty", null), rates), TopSheets.compute(null, rates) }) { //$NON-NLS-1$
			assertEquals(11, sheet.accounts().size());
			for (Account a : sheet.accounts()) {
				assertEquals(0, a.amount(), EPS, a.key());
				assertTrue(a.lines().isEmpty(), a.key());
				assertFalse(a.basis().isBlank(), "an empty account says why: " + a.key());
			}
			assertEquals(0, sheet.total(), EPS);
		}
		assertEquals(1, TopSheets.compute(ProductionFactory.eINSTANCE.createProduction(), rates).notes().size(), "no board");
		assertEquals(1, TopSheets.compute(NewProduction.create("Empty", null), rates).notes().size(), "no shoot days"); //$NON-NLS-1$
	}

	@Test
	void jsonHasEveryAccountWithBasisAndAmount() {
		Tiny t = new Tiny();
		TopSheet sheet = TopSheets.compute(t.p, rates);
		var map = sheet.toMap();
		assertEquals(Money.CURRENCY, map.get("currency")); //$NON-NLS-1$
		assertEquals(Money.round(sheet.total()), (double) map.get("total"), EPS); //$NON-NLS-1$
		assertEquals(11, ((java.util.List<?>) map.get("accounts")).size()); //$NON-NLS-1$
	}
}
