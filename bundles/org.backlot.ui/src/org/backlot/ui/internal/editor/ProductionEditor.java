// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.editor;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Predicate;

import org.backlot.core.api.Recovery;
import org.backlot.core.api.StoreException;
import org.backlot.ui.api.BacklotUi;
import org.backlot.ui.api.ProductionDocument;
import org.backlot.ui.internal.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.progress.UIJob;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The editor of a production file: owns its editing domain (one command
 * stack for every view), shows an overview, saves atomically. A file that
 * fails to load shows the reason instead, and is left as it is.
 */
public class ProductionEditor extends EditorPart implements IEditingDomainProvider, ITabbedPropertySheetPageContributor {
	/** The editor's id. */
	public static final String ID = "org.backlot.ui.editors.production"; //$NON-NLS-1$

	/** Asks whether to take back unsaved changes found after a crash (replaceable in tests). */
	public static Predicate<String> askRecover = question -> MessageDialog.openQuestion(null, Messages.recoverTitle, question);
	/** Milliseconds after the last change before unsaved changes are written to the recovery file. */
	static final long AUTOSAVE_DELAY = 15_000;

	private EditorModel model;
	private final Recovery recovery = Recovery.forUser();
	private final Job autosave = new UIJob(Messages.autosaveJob) {
		@Override
		public IStatus runInUIThread(IProgressMonitor monitor) {
			autosaveNow();
			return Status.OK_STATUS;
		}
	};
	private StoreException loadError;
	private CommandStackActions stackActions;
	private OverviewPage overview;
	private final CommandStackListener dirtyListener = e -> {
		getSite().getShell().getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY));
		autosave.schedule(AUTOSAVE_DELAY);
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ProductionInput in)) {
			throw new PartInitException(NLS.bind(Messages.editorWrongInput, input.getName()));
		}
		setSite(site);
		setInputWithNotify(input);
		try {
			model = new EditorModel(in.path(), recoveryToUse(in.path()));
			model.domain().getCommandStack().addCommandStackListener(dirtyListener);
			stackActions = new CommandStackActions(model.domain().getCommandStack());
		} catch (StoreException e) {
			loadError = e;
		}
		updateTitle();
	}

	private Path recoveryToUse(Path file) {
		var pending = recovery.pending(file);
		if (pending.isEmpty()) {
			return null;
		}
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).format(pending.get().atZone(ZoneId.systemDefault()));
		if (askRecover.test(NLS.bind(Messages.recoverQuestion, file.getFileName(), when))) {
			return recovery.fileFor(file);
		}
		recovery.clear(file);
		return null;
	}

	/** Writes unsaved changes to the recovery file now. */
	public void autosaveNow() {
		if (model != null && isDirty()) {
			try {
				recovery.write(model.production().eResource());
			} catch (java.io.IOException | RuntimeException e) {
				ILog.of(getClass()).warn("Could not write the recovery file: " + e.getMessage()); //$NON-NLS-1$
			}
		}
	}

	private void updateTitle() {
		String title = model == null || model.production().getTitle() == null ? getEditorInput().getName() : model.production().getTitle();
		setPartName(title);
		setTitleToolTip(((ProductionInput) getEditorInput()).path().toString());
	}

	/** The open production, or null when its file failed to load. */
	public EditorModel model() {
		return model;
	}

	/** The load error, when the file failed to load. */
	public StoreException loadError() {
		return loadError;
	}

	/** Undo and Redo for this production. */
	public CommandStackActions stackActions() {
		return stackActions;
	}

	@Override
	public void createPartControl(Composite parent) {
		if (loadError != null) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(1, false));
			Label title = new Label(c, SWT.WRAP);
			title.setText(Messages.editorLoadFailed);
			Label reason = new Label(c, SWT.WRAP);
			reason.setText(loadError.getMessage());
			reason.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			return;
		}
		overview = new OverviewPage(parent, model, () -> updateTitle());
	}

	@Override
	public void setFocus() {
		if (overview != null) {
			overview.setFocus();
		}
	}

	@Override
	public boolean isDirty() {
		return model != null && model.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return model != null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (model == null) {
			return;
		}
		try {
			model.save();
			recovery.clear(((ProductionInput) getEditorInput()).path());
		} catch (StoreException e) {
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, e.getMessage());
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.backlot" }); //$NON-NLS-1$
		dialog.setFileName(getEditorInput().getName());
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			Path old = ((ProductionInput) getEditorInput()).path();
			model.saveAs(Path.of(file));
			recovery.clear(old);
			setInputWithNotify(new ProductionInput(Path.of(file)));
			updateTitle();
		} catch (StoreException e) {
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, e.getMessage());
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public String getContributorId() {
		return BacklotUi.PROPERTIES_CONTRIBUTOR;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return model == null ? null : model.domain();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == ProductionDocument.class || adapter == EditorModel.class) {
			return adapter.cast(model);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(getEditingDomain());
		}
		if (adapter == IPropertySheetPage.class && model != null) {
			return adapter.cast(new TabbedPropertySheetPage(this));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		autosave.cancel();
		if (model != null) {
			// closed normally: saved, or the user chose to discard the changes
			recovery.clear(((ProductionInput) getEditorInput()).path());
			model.domain().getCommandStack().removeCommandStackListener(dirtyListener);
			stackActions.dispose();
			model.dispose();
		}
		if (overview != null) {
			overview.dispose();
		}
		super.dispose();
	}
}
