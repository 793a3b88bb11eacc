// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import static org.backlot.ui.testing.WorkbenchTests.drain;
import static org.backlot.ui.testing.WorkbenchTests.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.backlot.model.lighting.LedWall;
import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.SampleTestCase;
import org.backlot.studio.ui.internal.StudioUi;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.testing.WorkbenchTests;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Adding, duplicating, deleting and editing records in the registers: one undoable command each, bookings never silently lost, LED walls fed. */
class RecordEditingTest extends SampleTestCase {
	private final RecordActions.Asker was = RecordActions.asker;

	@AfterEach
	void restore() {
		RecordActions.asker = was;
	}

	@Test
	void addAndDuplicateGiveNextCodesAndSelectTheNewRecordsAndUndoRemovesThem() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		CommandStack stack = doc.domain().getCommandStack();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		view.show(Registers.Kind.INVENTORY);
		int n = studio.getInventory().size();
		String next = Records.nextCode(Records.codes(studio, org.backlot.model.studio.ItemKind.COSTUME), "C-", 5);
		view.records().add();
		drain();
		assertEquals(n + 1, studio.getInventory().size(), "one item added");
		InventoryItem added = studio.getInventory().get(n);
		assertEquals(next, added.getCode(), "the next free code");
		assertNotNull(added.getId());
		assertEquals(List.of(added), view.selected(), "the new item is selected");
		assertSame(added, ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement(), "and published");
		view.records().duplicate();
		drain();
		assertEquals(n + 2, studio.getInventory().size(), "one copy added");
		InventoryItem copy = studio.getInventory().get(n + 1);
		assertNotEquals(added.getCode(), copy.getCode());
		assertNotEquals(added.getId(), copy.getId());
		assertEquals(added.getNameEn(), copy.getNameEn());
		assertEquals(List.of(copy), view.selected(), "the copy is selected");
		stack.undo();
		stack.undo();
		drain();
		assertEquals(n, studio.getInventory().size(), "undo removes both");
		assertFalse(studio.getInventory().contains(added));
	}

	@Test
	void aNewStageTakesTheNextNumber() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		view.show(Registers.Kind.STAGES);
		int max = studio.getStages().stream().mapToInt(Stage::getNumber).max().orElse(0);
		view.records().add();
		drain();
		Stage added = studio.getStages().get(studio.getStages().size() - 1);
		assertEquals(max + 1, added.getNumber());
		assertTrue(view.page(Registers.Kind.STAGES).rows().contains(added), "listed");
	}

	@Test
	void deleteAsksAboutBookingsAndRemovesThemInTheSameCommand() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		CommandStack stack = doc.domain().getCommandStack();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		StudioResource booked = null;
		for (Booking b : studio.getBookings()) {
			if (b.getResource() != null && Records.uses(studio, List.of(b.getResource())).others().isEmpty()) {
				booked = b.getResource();
				break;
			}
		}
		assertNotNull(booked, "the sample books some record nothing else refers to");
		StudioResource record = booked;
		List<Booking> bookings = studio.getBookings().stream().filter(b -> b.getResource() == record).toList();
		List<String> asked = new ArrayList<>();
		boolean[] answer = { false };
		RecordActions.asker = new RecordActions.Asker() {
			@Override
			public boolean removeBookings(Shell shell, String question) {
				asked.add(question);
				return answer[0];
			}

			@Override
			public void refuse(Shell shell, String why) {
				asked.add(why);
			}
		};
		assertTrue(view.reveal(record));
		List<?> register = (List<?>) studio.eGet(record.eContainmentFeature());
		int items = register.size();
		int all = studio.getBookings().size();
		view.records().delete();
		drain();
		assertEquals(1, asked.size(), "the user is told about the bookings");
		assertTrue(register.contains(record) && studio.getBookings().containsAll(bookings), "declined: nothing deleted");
		answer[0] = true;
		view.records().delete();
		drain();
		assertFalse(register.contains(record), "deleted");
		assertEquals(all - bookings.size(), studio.getBookings().size(), "with its bookings");
		assertEquals(items - 1, register.size());
		stack.undo();
		drain();
		assertTrue(register.contains(record), "one undo restores the item");
		assertTrue(studio.getBookings().containsAll(bookings), "and its bookings");
		assertTrue(bookings.stream().allMatch(b -> b.getResource() == record));
	}

	@Test
	void aStageTheProductionShootsOnCannotBeDeleted() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		Stage used = studio.getStages().stream().filter(s -> !Records.uses(studio, List.of(s)).others().isEmpty()).findFirst().orElseThrow();
		List<String> refused = new ArrayList<>();
		RecordActions.asker = new RecordActions.Asker() {
			@Override
			public boolean removeBookings(Shell shell, String question) {
				return true;
			}

			@Override
			public void refuse(Shell shell, String why) {
				refused.add(why);
			}
		};
		assertTrue(view.reveal(used));
		view.records().delete();
		drain();
		assertEquals(1, refused.size(), "the user is told why");
		assertTrue(studio.getStages().contains(used), "still there");
	}

	@Test
	void aCellEditIsOneUndoableCommandAndABadNumberIsRefused() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		CommandStack stack = doc.domain().getCommandStack();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		view.show(Registers.Kind.INVENTORY);
		RegisterPage page = view.page(Registers.Kind.INVENTORY);
		InventoryItem item = studio.getInventory().get(3);
		int quantity = item.getQuantity();
		int column = columnOf(page, Messages.colQuantity);
		edit(page, item, column, Integer.toString(quantity + 5));
		assertEquals(quantity + 5, item.getQuantity(), "edited");
		edit(page, item, column, "lots");
		assertEquals(quantity + 5, item.getQuantity(), "a word is not a quantity");
		assertNotNull(CellEditing.check(org.backlot.model.studio.StudioPackage.Literals.INVENTORY_ITEM__QUANTITY, "lots"), "and is explained");
		stack.undo();
		drain();
		assertEquals(quantity, item.getQuantity(), "undo restores");
		String period = item.getPeriod();
		edit(page, item, columnOf(page, Messages.colPeriod), "Song dynasty");
		assertEquals("Song dynasty", item.getPeriod());
		stack.undo();
		assertEquals(period, item.getPeriod());
		assertNull(CellEditing.check(org.backlot.model.studio.StudioPackage.Literals.INVENTORY_ITEM__TAGS, "a, b"));
	}

	@Test
	void anLedEnvironmentBecomesTheWallPictureOfALightingSet() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		CommandStack stack = doc.domain().getCommandStack();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		DigitalAsset env = studio.getAssets().stream().filter(a -> a.getKind() == AssetKind.LED_ENVIRONMENT && a.getPreview() != null && !a.getPreview().isBlank())
				.findFirst().orElseThrow();
		assertTrue(view.reveal(env));
		List<Action> walls = view.records().ledWallActions(env);
		long sets = doc.production().getLighting().getSets().stream().filter(s -> s.getLedWall() != null).count();
		assertTrue(sets > 0, "the sample has an LED wall");
		assertEquals(sets, walls.size(), "one action per set with a wall");
		LedWall wall = doc.production().getLighting().getSets().stream().filter(s -> s.getLedWall() != null).findFirst().orElseThrow().getLedWall();
		String before = wall.getImagePath();
		assertTrue(walls.get(0).isEnabled());
		walls.get(0).run();
		drain();
		assertNotNull(wall.getImagePath());
		assertTrue(wall.getImagePath().replace('\\', '/').endsWith(env.getPreview().replace('\\', '/').replaceAll(".*/", "")), wall.getImagePath());
		stack.undo();
		assertTrue(Objects.equals(before, wall.getImagePath()), "undo restores the wall's picture");
	}

	@Test
	void aSelectedRecordShowsInTheProperties() throws Exception {
		ProductionDocument doc = openSample();
		Studio studio = doc.production().getStudio();
		RegistersView view = view(StudioUi.REGISTERS_VIEW, RegistersView.class);
		PropertySheet sheet = (PropertySheet) WorkbenchTests.page().showView(IPageLayout.ID_PROP_SHEET);
		WorkbenchTests.page().activate(view);
		drain();
		view.show(Registers.Kind.EXTRAS);
		view.select(List.of(studio.getExtras().get(5)));
		drain();
		assertSame(studio.getExtras().get(5), ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement());
		assertInstanceOf(TabbedPropertySheetPage.class, sheet.getCurrentPage(), "the record's fields are edited in the Properties view");
	}

	private static int columnOf(RegisterPage page, String title) {
		Table t = page.viewer().getTable();
		for (int i = 0; i < t.getColumnCount(); i++) {
			if (title.equals(t.getColumn(i).getText())) {
				return i;
			}
		}
		throw new AssertionError(title);
	}

	/** Edits a cell as the user does: opens its editor, types, presses Enter. */
	private static void edit(RegisterPage page, StudioResource r, int column, String text) {
		page.show(List.of(r));
		Table t = page.viewer().getTable();
		t.getItem(t.getSelectionIndex()).getText(0);
		page.viewer().editElement(r, column);
		Text editor = null;
		for (Control c : t.getChildren()) {
			if (c instanceof Text x && !x.isDisposed() && x.isVisible()) {
				editor = x;
			}
		}
		assertNotNull(editor, "the cell editor opens");
		editor.setText(text);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		drain();
	}
}
