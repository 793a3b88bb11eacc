// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal.plugins;

import java.util.List;
import java.util.Optional;

import org.backlot.core.api.plugins.PluginInfo;
import org.backlot.core.api.plugins.PluginInventory;
import org.backlot.ui.api.TableColumns;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Help &gt; Plugins: the installed plugins with their vendor, version, state and what each adds to Backlot, with
 * Install (from an update site, a folder or a zip), Check for Updates and Uninstall through p2's own wizards, which
 * ask to restart when a change needs it.
 */
public final class PluginsDialog extends Dialog {
	static final int INSTALL_ID = IDialogConstants.CLIENT_ID + 1;
	static final int UPDATE_ID = IDialogConstants.CLIENT_ID + 2;
	static final int UNINSTALL_ID = IDialogConstants.CLIENT_ID + 3;
	private final Optional<P2Plugins> p2;
	private final PluginActions actions;
	private TableViewer viewer;
	private Text details;
	private Button showAll;
	private Label status;

	/** Creates the dialog; p2 operations are offered when Backlot runs as a p2 installation. */
	public PluginsDialog(Shell parent) {
		super(parent);
		p2 = P2Plugins.forThisInstallation();
		actions = new PluginActions(this::getShell, p2);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.pluginsTitle);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1180, 680);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.pluginsIntro);
		GridDataFactory.fillDefaults().grab(true, false).hint(1100, SWT.DEFAULT).applyTo(intro);
		showAll = new Button(area, SWT.CHECK);
		showAll.setText(Messages.pluginsShowAll);
		showAll.addListener(SWT.Selection, e -> refresh());
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 300).applyTo(table);
		TableColumns.colored(viewer, PluginInfo.class, Messages.columnName, 280, PluginInfo::name, p -> null, this::problemColour);
		TableColumns.colored(viewer, PluginInfo.class, Messages.columnVersion, 140, PluginInfo::version, p -> null, this::problemColour);
		TableColumns.colored(viewer, PluginInfo.class, Messages.columnVendor, 170, PluginInfo::vendor, p -> null, this::problemColour);
		TableColumns.colored(viewer, PluginInfo.class, Messages.columnStatus, 110, p -> p.problems().isEmpty() ? p.state() : Messages.statusProblem, p -> null, this::problemColour);
		TableColumns.colored(viewer, PluginInfo.class, Messages.columnAdds, 440, PluginInfo::summary, p -> null, this::problemColour);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> selectionChanged());
		details = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(details);
		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		status.setText(p2.isPresent() ? "" : Messages.pluginsNoProfile); //$NON-NLS-1$
		refresh();
		return area;
	}

	private Color problemColour(PluginInfo p) {
		return p.problems().isEmpty() ? null : viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, INSTALL_ID, Messages.buttonInstall, false).setEnabled(p2.isPresent());
		createButton(parent, UPDATE_ID, Messages.buttonUpdate, false).setEnabled(p2.isPresent());
		createButton(parent, UNINSTALL_ID, Messages.buttonUninstall, false).setEnabled(false);
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.buttonClose, true);
	}

	@Override
	protected void buttonPressed(int id) {
		switch (id) {
		case INSTALL_ID -> actions.install();
		case UPDATE_ID -> actions.update(selected());
		case UNINSTALL_ID -> actions.uninstall(selected());
		case IDialogConstants.CLOSE_ID -> close();
		default -> super.buttonPressed(id);
		}
	}

	/** Lists the plugins again: Backlot's and those extending it, or every bundle. */
	void refresh() {
		List<PluginInfo> plugins = showAll.getSelection() ? PluginInventory.all() : PluginInventory.extending();
		viewer.setInput(plugins);
		selectionChanged();
	}

	private PluginInfo selected() {
		return (PluginInfo) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	private void selectionChanged() {
		PluginInfo p = selected();
		details.setText(p == null ? "" : describe(p)); //$NON-NLS-1$
		Button uninstall = getButton(UNINSTALL_ID);
		if (uninstall != null) {
			String why = actions.whyNotUninstall(p);
			uninstall.setEnabled(why == null);
			uninstall.setToolTipText(why);
		}
	}

	/** The details of one plugin, one fact a line. */
	static String describe(PluginInfo p) {
		StringBuilder s = new StringBuilder(NLS.bind(Messages.detailsHeader, new Object[] { p.name(), p.id(), p.version(), p.vendor(), p.state() }));
		for (PluginInfo.Contribution c : p.contributions()) {
			s.append('\n').append(c);
		}
		if (p.contributions().isEmpty()) {
			s.append('\n').append(Messages.detailsNothing);
		}
		if (p.otherExtensions() > 0) {
			s.append('\n').append(NLS.bind(Messages.detailsOther, p.otherExtensions()));
		}
		for (String problem : p.problems()) {
			s.append('\n').append(problem);
		}
		return s.toString();
	}

	/** One of the dialog's buttons, for tests. */
	Button button(int id) {
		return getButton(id);
	}

	/** The table, for tests. */
	TableViewer viewer() {
		return viewer;
	}
}
