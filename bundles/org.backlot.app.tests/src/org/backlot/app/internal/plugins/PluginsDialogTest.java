// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.backlot.core.api.plugins.PluginInfo;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Help &gt; Plugins in the running workbench (a test launch, so without a p2 profile). */
class PluginsDialogTest {
	private PluginsDialog dialog;

	@BeforeEach
	void open() {
		dialog = new PluginsDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		drain();
	}

	@AfterEach
	void close() {
		dialog.close();
	}

	private static void drain() {
		Display d = Display.getCurrent();
		while (d.readAndDispatch()) {
			// let the dialog lay out
		}
	}

	private Table table() {
		return dialog.viewer().getTable();
	}

	private TableItem row(String name) {
		return Arrays.stream(table().getItems()).filter(i -> ((PluginInfo) i.getData()).id().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not in the table"));
	}

	@Test
	void listsBacklotsPluginsWithVendorVersionAndWhatTheyAdd() {
		TableItem cli = row("org.backlot.cli");
		assertEquals("Backlot", cli.getText(2));
		assertTrue(cli.getText(1).startsWith("0.1.0"), cli.getText(1));
		assertTrue(cli.getText(4).contains("plugins"), "the CLI plugin names its commands: " + cli.getText(4));
		List<String> columns = Arrays.stream(table().getColumns()).map(c -> c.getText()).toList();
		assertEquals(List.of(Messages.columnName, Messages.columnVersion, Messages.columnVendor, Messages.columnStatus, Messages.columnAdds), columns);
	}

	@Test
	void showAllAddsThePlatformBundles() {
		int extending = table().getItemCount();
		Button showAll = findCheck();
		showAll.setSelection(true);
		dialog.refresh();
		assertTrue(table().getItemCount() > extending, table().getItemCount() + " > " + extending);
		row("org.eclipse.equinox.common");
	}

	@Test
	void withoutAP2ProfileInstallingIsOffAndSaysWhy() {
		assertFalse(dialog.button(PluginsDialog.INSTALL_ID).isEnabled());
		assertFalse(dialog.button(PluginsDialog.UPDATE_ID).isEnabled());
		dialog.viewer().setSelection(new StructuredSelection(row("org.backlot.core").getData()));
		Button uninstall = dialog.button(PluginsDialog.UNINSTALL_ID);
		assertFalse(uninstall.isEnabled());
		assertEquals(Messages.pluginsNoProfile, uninstall.getToolTipText());
	}

	@Test
	void detailsNameThePluginAndEachContribution() {
		PluginInfo cli = (PluginInfo) row("org.backlot.cli").getData();
		String text = PluginsDialog.describe(cli);
		assertTrue(text.startsWith(cli.name() + " (org.backlot.cli)"), text);
		assertTrue(text.lines().count() >= 2, text);
	}

	private Button findCheck() {
		return find(dialog.getShell(), Button.class, b -> (b.getStyle() & org.eclipse.swt.SWT.CHECK) != 0);
	}

	private static <T> T find(org.eclipse.swt.widgets.Composite root, Class<T> type, java.util.function.Predicate<T> test) {
		for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
			if (type.isInstance(c) && test.test(type.cast(c))) {
				return type.cast(c);
			}
			if (c instanceof org.eclipse.swt.widgets.Composite comp) {
				T found = find(comp, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void theHelpMenuOpensIt() {
		assertNotNull(PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class).getCommand("org.backlot.app.plugins")
				.getHandler());
	}
}
