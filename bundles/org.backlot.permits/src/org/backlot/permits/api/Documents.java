// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.PermitsPackage;
import org.backlot.permits.internal.workflow.Checker;
import org.backlot.permits.internal.workflow.FileCopy;
import org.backlot.permits.internal.workflow.Messages;
import org.backlot.permits.internal.workflow.Names;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** The files attached to applications, kept with the production beside its file. */
public final class Documents {
	private static final PermitsPackage P = PermitsPackage.eINSTANCE;

	private Documents() {
	}

	/**
	 * The folder where the production keeps an application's files: {@code <production file name without
	 * extension>.assets/permits/<application id>/} beside the production file; null when the production has no file
	 * yet or the application no id.
	 */
	public static Path folder(PermitApplication a) {
		Path file = Names.productionFile(a);
		if (file == null || Names.blank(a.getId())) {
			return null;
		}
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		return file.resolveSibling(stem + ".assets").resolve("permits").resolve(a.getId().strip().replaceAll("[^\\w.-]", "_")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * Copies the file into {@link #folder} (never over another file: name-2, name-3...) and returns the command that
	 * fills the first required row of that kind without a file, or adds a document row (kind, path relative to the
	 * production's folder, expiry, added now). Undoing it leaves the copy in place.
	 *
	 * @param kind    the document's kind, by its key ({@link DocumentKind#key})
	 * @param expires when the document stops being valid, or null
	 * @throws IOException with a message for the user when the file cannot be read or copied, or the production has no
	 *                     file yet
	 */
	public static Command attach(EditingDomain d, PermitApplication a, String kind, Path file, Date expires) throws IOException {
		Path folder = folder(a);
		if (folder == null) {
			throw new IOException(Messages.notSaved);
		}
		Path copy = FileCopy.into(file, folder);
		Path base = Names.productionFile(a).getParent();
		String path = base.relativize(copy).toString().replace(copy.getFileSystem().getSeparator(), "/"); //$NON-NLS-1$
		Date now = new Date();
		AuthorityDefinition def = Names.definition(a).orElse(null);
		List<DocumentKind> asked = Checker.askedKinds(a, def);
		DocumentKind known = Checker.kind(kind, asked);
		String label = NLS.bind(Messages.cmdAttach, Names.authority(a, def), known == null ? "" : known.label()); //$NON-NLS-1$
		for (PermitDocument row : a.getDocuments()) {
			if (row.isRequired() && Names.sameKind(row.getKind(), kind) && Names.blank(row.getPath())) {
				CompoundCommand c = new CompoundCommand(label);
				c.append(new SetCommand(d, row, P.getPermitDocument_Path(), path));
				c.append(new SetCommand(d, row, P.getPermitDocument_Expires(), expires));
				c.append(new SetCommand(d, row, P.getPermitDocument_Added(), now));
				return c;
			}
		}
		PermitDocument row = PermitsFactory.eINSTANCE.createPermitDocument();
		row.setKind(kind == null ? "" : kind.strip()); //$NON-NLS-1$
		row.setPath(path);
		row.setExpires(expires);
		row.setAdded(now);
		row.setRequired(asked.stream().anyMatch(k -> Names.sameKind(k.key(), kind)));
		AddCommand add = new AddCommand(d, a, P.getPermitApplication_Documents(), row);
		add.setLabel(label);
		return add;
	}

	/** The file of a document: its path, relative ones against the production file's folder; null when unknown. */
	public static Path resolve(PermitDocument doc) {
		if (doc == null || Names.blank(doc.getPath())) {
			return null;
		}
		try {
			Path p = Path.of(doc.getPath().strip());
			if (p.isAbsolute()) {
				return p.normalize();
			}
			Path file = Names.productionFile(doc);
			return file == null ? null : file.getParent().resolve(p).normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** Whether the document has expired on that date (it is valid through its expiry date). */
	public static boolean expired(PermitDocument doc, LocalDate on) {
		return doc.getExpires() != null && ShootCalendar.toLocal(doc.getExpires()).isBefore(on);
	}
}
