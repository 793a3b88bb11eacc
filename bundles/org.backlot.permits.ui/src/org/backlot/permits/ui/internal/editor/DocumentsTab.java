// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitsPackage.Literals;
import org.backlot.permits.api.Completeness;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.Documents;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The application's documents: kind, file, expiry (red once expired), whether the authority requires it; attach, open, remove. */
final class DocumentsTab {
	private static final Color EXPIRED = new Color(0xc6, 0x28, 0x28);
	private final TablePane table;
	private final ApplicationEditorView view;
	private final Edits edits;
	private final Consumer<String> status;
	private PermitApplication shown;
	private List<DocumentKind> kinds = List.of();

	DocumentsTab(Composite parent, ApplicationEditorView view, Edits edits, Consumer<String> status) {
		this.view = view;
		this.edits = edits;
		this.status = status;
		table = new TablePane(parent);
		table.column(Messages.colKind, 170, PermitDocument.class, d -> DocumentKinds.label(d.getKind(), kinds), null);
		table.column(Messages.colFile, 150, PermitDocument.class, d -> {
			String p = d.getPath();
			return p == null || p.isBlank() ? "" : Path.of(p).getFileName().toString(); //$NON-NLS-1$
		}, null);
		table.column(Messages.colExpires, 100, PermitDocument.class, d -> Texts.date(d.getExpires()), null).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof PermitDocument d ? Texts.date(d.getExpires()) : ""; //$NON-NLS-1$
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof PermitDocument d && Documents.expired(d, LocalDate.now()) ? EXPIRED : null;
			}
		});
		table.column(Messages.colRequired, 60, PermitDocument.class, d -> d.isRequired() ? Messages.yes : "", null); //$NON-NLS-1$
		table.button(Messages.attach, false, this::attach);
		table.button(Messages.open, true, this::open);
		table.button(Messages.remove, true, this::remove);
		table.button(Messages.syncDocuments, false, this::sync).setToolTipText(Messages.syncDocumentsTip);
		table.viewer().addDoubleClickListener(e -> open());
	}

	Control control() {
		return table.control();
	}

	void show(PermitApplication a) {
		shown = a;
		kinds = DocumentKinds.of(a);
		table.show(a.getDocuments());
	}

	/** Attach File...: asks for the kind (the selected row's, if any), the file and its expiry, then copies it in as one command. */
	private void attach() {
		if (shown == null) {
			return;
		}
		List<PermitDocument> sel = table.selected(PermitDocument.class);
		String kind = sel.isEmpty() ? null : sel.get(0).getKind();
		AttachDialog dialog = new AttachDialog(table.control().getShell(), edits.authority(shown), kinds, kind);
		if (dialog.open() != Window.OK) {
			return;
		}
		attach(dialog.kind(), dialog.file(), dialog.expires());
	}

	/** Attaches a file of a kind; says why when it cannot. */
	boolean attach(String kind, Path file, java.util.Date expires) {
		try {
			return view.execute(Documents.attach(view.document().domain(), shown, kind, file, expires));
		} catch (IOException e) {
			MessageDialog.openError(table.control().getShell(), Messages.attachFailed, e.getMessage());
			return false;
		}
	}

	private void open() {
		List<PermitDocument> sel = table.selected(PermitDocument.class);
		if (sel.isEmpty()) {
			return;
		}
		Path file = Documents.resolve(sel.get(0));
		if (file == null) {
			status.accept(Messages.noFile);
		} else if (!Files.exists(file)) {
			status.accept(NLS.bind(Messages.fileMissing, file));
		} else {
			Program.launch(file.toString());
		}
	}

	private void remove() {
		List<PermitDocument> sel = table.selected(PermitDocument.class);
		if (shown == null || sel.isEmpty()) {
			return;
		}
		String names = String.join(", ", sel.stream().map(d -> DocumentKinds.label(d.getKind(), kinds)).toList()); //$NON-NLS-1$
		edits.remove(shown, Literals.PERMIT_APPLICATION__DOCUMENTS, sel, NLS.bind(Messages.cmdRemoveDocument, names, edits.authority(shown)));
	}

	/** Adds a required row for every document the authority asks for and the application lacks. */
	void sync() {
		if (shown == null || view.document() == null) {
			return;
		}
		Command c = Completeness.syncDocuments(view.document().domain(), shown);
		if (!view.execute(c)) {
			status.accept(Messages.nothingToSync);
		}
	}
}
