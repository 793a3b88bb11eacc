// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.studio.api.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.backlot.budget.Money;
import com.example.backlot.budget.RateCard;
import com.example.backlot.budget.TopSheets;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code backlot cli budget} on the sample production, as text and as JSON, and its one-line errors. */
class BudgetCommandTest {
	@TempDir
	static Path dir;
	private static String sample;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@BeforeAll
	static void write() throws Exception {
		sample = Samples.ensure(dir).toString();
	}

	private String run(boolean json, String... args) throws CliException {
		out.reset();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertEquals(0, new BudgetCommand().run(new CliContext(List.of(args), o, o, json)));
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsTheTopSheetAsATable() throws Exception {
		String text = run(false, sample);
		double total = TopSheets.compute(org.backlot.cli.api.CliFiles.production(sample), RateCard.current()).total();
		assertTrue(text.contains(Money.format(total)), text);
		String withLines = run(false, sample, BudgetCommand.LINES);
		assertTrue(withLines.lines().count() > text.lines().count(), "--lines adds the accounts' lines");
	}

	@Test
	void printsJsonAccountsAndTheTotal() throws Exception {
		JsonObject json = JsonParser.parseString(run(true, sample)).getAsJsonObject();
		JsonArray accounts = json.getAsJsonArray("accounts"); //$NON-NLS-1$
		assertEquals(11, accounts.size());
		double sum = 0;
		List<String> keys = new ArrayList<>();
		for (var a : accounts) {
			JsonObject account = a.getAsJsonObject();
			keys.add(account.get("key").getAsString()); //$NON-NLS-1$
			assertTrue(account.has("basis")); //$NON-NLS-1$
			sum += account.get("amount").getAsDouble(); //$NON-NLS-1$
		}
		assertTrue(keys.containsAll(List.of("cast", "background", "crew", "stages", "locations", "permits")), keys.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(sum, json.get("subtotal").getAsDouble(), 0.05); //$NON-NLS-1$
		assertEquals(Money.round(sum * (1 + json.get("contingencyPercent").getAsDouble() / 100)), json.get("total").getAsDouble(), 0.05); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(json.get("total").getAsDouble() > 0); //$NON-NLS-1$
	}

	@Test
	void aRatesFileOverridesTheCard() throws Exception {
		Path rates = dir.resolve("cheap.properties"); //$NON-NLS-1$
		Files.writeString(rates, "crew.day = 0\ncontingency.percent = 0\nstage.day = many\n"); //$NON-NLS-1$
		JsonObject json = JsonParser.parseString(run(true, sample, BudgetCommand.RATES, rates.toString())).getAsJsonObject();
		for (var a : json.getAsJsonArray("accounts")) { //$NON-NLS-1$
			if (a.getAsJsonObject().get("key").getAsString().equals("crew")) { //$NON-NLS-1$ //$NON-NLS-2$
				assertEquals(0, a.getAsJsonObject().get("amount").getAsDouble()); //$NON-NLS-1$
			}
		}
		assertEquals(json.get("subtotal").getAsDouble(), json.get("total").getAsDouble()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(json.getAsJsonArray("notes").toString().contains("stage.day"), "the unreadable rate is named"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void badInputIsOneLineAndNoCrash() throws Exception {
		Path broken = dir.resolve("broken.backlot"); //$NON-NLS-1$
		Files.writeString(broken, "<not a production"); //$NON-NLS-1$
		Path studio = dir.resolve(Samples.STUDIO_FILE);
		for (String[] args : new String[][] { {}, { dir.resolve("missing.backlot").toString() }, { broken.toString() }, { studio.toString() }, //$NON-NLS-1$
				{ sample, BudgetCommand.RATES, dir.resolve("nope.properties").toString() }, { sample, "--bogus" } }) { //$NON-NLS-1$ //$NON-NLS-2$
			CliException e = assertThrows(CliException.class, () -> run(false, args), String.join(" ", args)); //$NON-NLS-1$
			assertFalse(e.getMessage().isBlank());
			assertFalse(e.getMessage().contains("\n"), e.getMessage()); //$NON-NLS-1$
		}
	}
}
