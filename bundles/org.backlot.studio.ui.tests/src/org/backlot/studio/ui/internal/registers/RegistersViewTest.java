// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.view;
import static org.backlot.ui.testing.WorkbenchTests.waitForJobs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.RegisterException;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.SampleTestCase;
import org.backlot.studio.ui.internal.StudioUi;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/** The registers on the sample base: virtual tables that hold every record, search and filters that narrow them, CSV import errors reported without a change. */
class RegistersViewTest extends SampleTestCase {
	@Test
	void theInventoryTableIsVirtualAndHoldsEveryItem() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		RegisterPage page = view.page(Registers.Kind.INVENTORY);
		Table table = page.viewer().getTable();
		assertTrue((table.getStyle() & SWT.VIRTUAL) != 0, "the table is virtual");
		assertTrue(page.viewer().getContentProvider() instanceof org.eclipse.jface.viewers.ILazyContentProvider, "rows are given lazily");
		assertTrue(studio.getInventory().size() >= 10_000, "the sample store is full size");
		assertEquals(studio.getInventory().size(), table.getItemCount(), "a row per item");
		table.setTopIndex(table.getItemCount() - 1);
		drain();
		InventoryItem last = studio.getInventory().get(studio.getInventory().size() - 1);
		assertSame(last, page.rows().get(table.getItemCount() - 1));
		assertEquals(last.getCode(), table.getItem(table.getItemCount() - 1).getText(0), "rows scrolled into view are filled in");
	}

	@Test
	void aSearchNarrowsTheStoreInEitherLanguage() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		waitForJobs(60);
		RegisterPage page = view.page(Registers.Kind.INVENTORY);
		int all = page.viewer().getTable().getItemCount();
		page.search("旗袍");
		int zh = page.viewer().getTable().getItemCount();
		assertTrue(zh > 0 && zh < all, "旗袍 finds some items, not all: " + zh);
		for (StudioResource r : page.rows()) {
			InventoryItem i = (InventoryItem) r;
			assertTrue(String.valueOf(i.getNameZh()).contains("旗袍") || i.getTags().stream().anyMatch(t -> t.contains("旗袍"))
					|| String.valueOf(i.getNameEn()).toLowerCase().contains("qipao"), i.getCode() + " matches 旗袍");
		}
		page.search("qipao");
		assertTrue(page.viewer().getTable().getItemCount() > 0, "the English name finds them too");
		page.search("");
		assertEquals(studio.getInventory().size(), page.viewer().getTable().getItemCount(), "clearing the search shows the whole store");
	}

	@Test
	void extrasFiltersNarrowByGenderAndAge() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		view.show(Registers.Kind.EXTRAS);
		RegisterPage page = view.page(Registers.Kind.EXTRAS);
		assertEquals(studio.getExtras().size(), page.viewer().getTable().getItemCount());
		((ExtrasRegister) page.register()).filter(Gender.FEMALE, 20, 30, 0, 0, "");
		page.run();
		int n = page.viewer().getTable().getItemCount();
		assertTrue(n > 0 && n < studio.getExtras().size(), "some women of 20 to 30: " + n);
		int year = Year.now().getValue();
		for (StudioResource r : page.rows()) {
			Extra x = (Extra) r;
			assertEquals(Gender.FEMALE, x.getGender());
			assertTrue(year - x.getBirthYear() >= 20 && year - x.getBirthYear() <= 30, x.getCode() + " is 20 to 30");
		}
	}

	@Test
	void selectingARecordPublishesItAndRevealFindsItBehindAFilter() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		waitForJobs(60);
		view.page(Registers.Kind.INVENTORY).search("旗袍");
		InventoryItem other = studio.getInventory().stream().filter(i -> !String.valueOf(i.getNameZh()).contains("旗袍")).findFirst().orElseThrow();
		assertTrue(view.reveal(other), "reveal clears the search that hid the item");
		IStructuredSelection s = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
		assertSame(other, s.getFirstElement());
	}

	@Test
	void aBadSpreadsheetIsReportedByRowAndColumnAndChangesNothing() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		view.show(Registers.Kind.EXTRAS);
		byte[] before = Registers.export(studio, Registers.Kind.EXTRAS);
		Command undoBefore = doc.domain().getCommandStack().getUndoCommand();
		int extras = studio.getExtras().size();
		List<String> header = Registers.columns(Registers.Kind.EXTRAS);
		assertTrue(header.contains("heightCm"), "extras have a height column: " + header);
		List<String> cells = new ArrayList<>();
		for (String column : header) {
			cells.add(switch (column) {
			case "code" -> "X-99999";
			case "name" -> "Test Person";
			case "heightCm" -> "tall";
			default -> "";
			});
		}
		String[] lines = { String.join(",", header), String.join(",", cells) };
		Path file = dir.resolve("extras-bad.csv");
		Files.write(file, String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
		List<RegisterException.Problem> reported = new ArrayList<>();
		ImportErrorsDialog.Reporter was = ImportErrorsDialog.reporter;
		ImportErrorsDialog.reporter = (shell, name, problems) -> reported.addAll(problems);
		try {
			assertNotNull(view.importCsv(file));
			waitForJobs(60);
			drain();
		} finally {
			ImportErrorsDialog.reporter = was;
		}
		assertFalse(reported.isEmpty(), "the problems are reported");
		assertTrue(reported.stream().anyMatch(p -> p.row() == 2 && "heightCm".equals(p.column())), "row 2, column heightCm is named: " + reported);
		assertArrayEquals(before, Registers.export(studio, Registers.Kind.EXTRAS), "the register is unchanged");
		assertEquals(extras, studio.getExtras().size(), "nobody was added");
		assertSame(undoBefore, doc.domain().getCommandStack().getUndoCommand(), "nothing was executed");
	}
}
