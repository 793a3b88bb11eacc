// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.InventorySearch;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.Icons;
import org.backlot.studio.ui.internal.StudioViewPart;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.SelectionPublisher;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The studio's registers (inventory, extras, apartments, stages, locations,
 * digital assets), one at a time: a switcher, then the register's search and
 * filters above its virtual table. What is selected is the selection of the
 * workbench (the preview shows its photo or panorama, the calendar its
 * bookings); records are added, duplicated, deleted and edited in place as
 * undoable commands; CSV import and export work on the register shown.
 */
public class RegistersView extends StudioViewPart {
	private final List<RegisterPage> pages = new ArrayList<>();
	private final SelectionPublisher publisher = new SelectionPublisher(this::selection, this::reveal);
	private EmptyState empty;
	private Composite stack;
	private final StackLayout stackLayout = new StackLayout();
	private ToolBar switcher;
	private RegisterPage current;
	private CsvActions csv;
	private RecordActions records;
	private Studio indexed;

	@Override
	public void createPartControl(Composite parent) {
		ResourceManager images = new LocalResourceManager(JFaceResources.getResources(), parent);
		empty = new EmptyState(parent, this::emptyLink);
		Composite body = new Composite(empty.parent(), SWT.NONE);
		empty.content(body);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		layout.verticalSpacing = 2;
		body.setLayout(layout);
		switcher = new ToolBar(body, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		switcher.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		stack = new Composite(body, SWT.NONE);
		stack.setLayout(stackLayout);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		String[] icons = { "inventory.png", "extras.png", "apartments.png", "stages.png", "locations.png", "assets.png" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		Register[] registers = { new InventoryRegister(), new ExtrasRegister(), new ApartmentsRegister(), new StagesRegister(), new LocationsRegister(),
				new AssetsRegister() };
		for (int i = 0; i < registers.length; i++) {
			RegisterPage page = new RegisterPage(stack, registers[i], () -> {
				publisher.publish();
				records.update();
			});
			pages.add(page);
			ToolItem item = new ToolItem(switcher, SWT.RADIO);
			item.setText(registers[i].title());
			item.setImage(images.create(Icons.of(icons[i])));
			item.setData(page);
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					show(page);
				}
			});
		}
		csv = new CsvActions(this);
		records = new RecordActions(this);
		for (RegisterPage page : pages) {
			page.editing(r -> domain(), this::execute, this::problem);
			page.viewer().getTable().addListener(SWT.KeyDown, records::key);
			MenuManager context = new MenuManager();
			context.setRemoveAllWhenShown(true);
			context.addMenuListener(records::fill);
			page.viewer().getTable().setMenu(context.createContextMenu(page.viewer().getTable()));
			getSite().registerContextMenu(context, publisher);
		}
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), records.deleteAction());
		IToolBarManager tools = getViewSite().getActionBars().getToolBarManager();
		tools.add(records.addAction());
		tools.add(records.duplicateAction());
		tools.add(records.deleteAction());
		tools.add(new Separator());
		tools.add(csv.importAction());
		tools.add(csv.exportAction());
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		menu.add(csv.importAction());
		menu.add(csv.exportAction());
		getSite().setSelectionProvider(publisher);
		switcher.getItem(0).setSelection(true);
		show(pages.get(0));
		startFollowing();
	}

	private void show(RegisterPage page) {
		if (page == current) {
			return;
		}
		current = page;
		for (ToolItem item : switcher.getItems()) {
			item.setSelection(item.getData() == page);
		}
		stackLayout.topControl = page.control();
		stack.layout(true);
		page.showing();
		publisher.publish();
		if (records != null) {
			records.update();
		}
	}

	@Override
	protected void update() {
		String why = emptyReason();
		empty.show(why);
		csv.update(why == null);
		records.update();
		Studio s = studio();
		for (RegisterPage p : pages) {
			p.studio(s, p == current && why == null);
		}
		if (s != null && s != indexed) {
			indexed = s;
			warmUp(s);
		}
	}

	/** Builds the store's full-text index in the background, so that the first search is quick. */
	private void warmUp(Studio s) {
		InventoryRegister inventory = (InventoryRegister) page(Registers.Kind.INVENTORY).register();
		org.eclipse.swt.widgets.Display display = stack.getDisplay();
		Job job = Job.create(Messages.indexJob, monitor -> {
			InventorySearch.of(s);
			inventory.indexed(s);
			display.asyncExec(() -> {
				RegisterPage page = page(Registers.Kind.INVENTORY);
				if (!isDisposed() && studio() == s && page.register().waiting() != null) {
					page.run();
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	@Override
	protected boolean isDisposed() {
		return empty == null || empty.control().isDisposed();
	}

	private List<StudioResource> selection() {
		return current == null ? List.of() : current.selected();
	}

	/** The records selected in the register shown. */
	List<StudioResource> selected() {
		return selection();
	}

	/** Selects records of the register shown and scrolls to them (after adding them). */
	void select(List<? extends StudioResource> rs) {
		if (current != null) {
			current.show(rs);
			publisher.publish();
			records.update();
		}
	}

	/** The record actions (tests). */
	RecordActions records() {
		return records;
	}

	/** Shows why an edit was refused in the status line, or clears it (null). */
	private void problem(String why) {
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(why);
	}

	/** Selects a record in its register (switching to it), from outside. */
	private void reveal(ISelection selection) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof StudioResource r) {
			reveal(r);
		}
	}

	/** Shows a record's register and selects the record in it; false when no register holds it. */
	public boolean reveal(StudioResource r) {
		for (RegisterPage p : pages) {
			if (p.register().holds(r)) {
				show(p);
				boolean found = p.reveal(r);
				publisher.publish();
				return found;
			}
		}
		return false;
	}

	/** Shows a register. */
	public void show(Registers.Kind kind) {
		show(page(kind));
	}

	/** The register shown. */
	Register register() {
		return current.register();
	}

	/** The page of a register (tests). */
	RegisterPage page(Registers.Kind kind) {
		return pages.stream().filter(p -> p.register().kind() == kind).findFirst().orElseThrow();
	}

	/** Imports a spreadsheet into the register shown (as Import CSV does after its file dialog); returns the job checking it. */
	Job importCsv(Path csv) {
		return this.csv.importFile(csv);
	}

	/** Shows a message in the status line. */
	void status(String message) {
		getViewSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	@Override
	public void setFocus() {
		if (empty.showsMessage()) {
			empty.focusMessage();
		} else if (current != null) {
			current.searchField().setFocus();
		}
	}
}
