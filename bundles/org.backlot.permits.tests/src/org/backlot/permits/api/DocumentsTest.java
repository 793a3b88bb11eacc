// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.production.Production;
import org.backlot.permits.api.WorkflowTest.Fx;
import org.backlot.permits.internal.workflow.Messages;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attached files: copied beside the production, recorded by an undoable command, resolved and checked for expiry. */
class DocumentsTest {
	@TempDir
	Path dir;
	private Path source;
	private Production p;
	private PermitApplication a;
	private final AdapterFactoryEditingDomain d = Fx.domain();

	@BeforeEach
	void setUp() throws IOException {
		Files.createDirectories(dir.resolve("films"));
		p = Fx.production(dir.resolve("films/tea.backlot"));
		a = Fx.application(p, Fx.authority("Traffic Police Brigade", 3, DocumentKind.INSURANCE), "app-7");
		source = Files.createDirectories(dir.resolve("downloads")).resolve("policy.pdf");
		Files.writeString(source, "PICC policy 2025");
	}

	@Test
	void theFolderIsBesideTheProductionFile() {
		assertEquals(dir.resolve("films/tea.assets/permits/app-7"), Documents.folder(a));
		assertNull(Documents.folder(Fx.application(Fx.production(null), null, "x")), "not saved yet");
	}

	@Test
	void attachCopiesTheFileAndUndoKeepsIt() throws IOException {
		Date expires = ShootCalendar.toDate(LocalDate.now().plusYears(1));
		assertFalse(Completeness.of(a).complete());
		Command c = Documents.attach(d, a, DocumentKind.INSURANCE, source, expires);
		Path copy = dir.resolve("films/tea.assets/permits/app-7/policy.pdf");
		assertEquals("PICC policy 2025", Files.readString(copy), "copied before the command runs");
		assertEquals(NLS.bind(Messages.cmdAttach, "Traffic Police Brigade", Messages.docInsurance), c.getLabel());
		d.getCommandStack().execute(c);
		assertEquals(1, a.getDocuments().size());
		PermitDocument doc = a.getDocuments().get(0);
		assertEquals(DocumentKind.INSURANCE, doc.getKind());
		assertEquals("tea.assets/permits/app-7/policy.pdf", doc.getPath());
		assertEquals(expires, doc.getExpires());
		assertNotNull(doc.getAdded());
		assertTrue(doc.isRequired(), "the authority asks for it");
		assertEquals(copy, Documents.resolve(doc));
		assertTrue(Completeness.of(a).complete(), Completeness.of(a).missing().toString());
		assertTrue(Files.exists(source), "the original stays");

		d.getCommandStack().undo();
		assertTrue(a.getDocuments().isEmpty());
		assertTrue(Files.exists(copy), "undo leaves the file");
		d.getCommandStack().redo();
		assertEquals(List.of(doc), a.getDocuments());
	}

	@Test
	void neverOverwritesAnotherFile() throws IOException {
		d.getCommandStack().execute(Documents.attach(d, a, DocumentKind.INSURANCE, source, null));
		Files.writeString(source, "renewed policy");
		d.getCommandStack().execute(Documents.attach(d, a, DocumentKind.INSURANCE, source, null));
		d.getCommandStack().execute(Documents.attach(d, a, "neighbour-notice", source, null));
		Path folder = Documents.folder(a);
		assertEquals("PICC policy 2025", Files.readString(folder.resolve("policy.pdf")));
		assertEquals("renewed policy", Files.readString(folder.resolve("policy-2.pdf")));
		assertEquals("tea.assets/permits/app-7/policy-3.pdf", a.getDocuments().get(2).getPath());
		assertFalse(a.getDocuments().get(2).isRequired(), "nobody asks for it");
		try (var files = Files.list(folder)) {
			assertEquals(3, files.count(), "no temporary file left");
		}
		d.getCommandStack().execute(Documents.attach(d, a, DocumentKind.INSURANCE, folder.resolve("policy-2.pdf"), null));
		assertEquals("tea.assets/permits/app-7/policy-2.pdf", a.getDocuments().get(3).getPath(), "a file already there is not copied again");
		try (var files = Files.list(folder)) {
			assertEquals(3, files.count());
		}
	}

	@Test
	void fillsTheRequiredRowOfThatKind() throws IOException {
		d.getCommandStack().execute(Completeness.syncDocuments(d, a));
		PermitDocument row = a.getDocuments().get(0);
		d.getCommandStack().execute(Documents.attach(d, a, "Insurance", source, null));
		assertEquals(List.of(row), a.getDocuments());
		assertEquals("tea.assets/permits/app-7/policy.pdf", row.getPath());
		assertNotNull(row.getAdded());
		d.getCommandStack().undo();
		assertEquals("", row.getPath());
		assertNull(row.getAdded());
	}

	@Test
	void unreadableFilesAreRefused() {
		Path missing = dir.resolve("downloads/nothing.pdf");
		IOException e = assertThrows(IOException.class, () -> Documents.attach(d, a, DocumentKind.INSURANCE, missing, null));
		assertEquals(NLS.bind(Messages.cannotRead, missing), e.getMessage());
		assertThrows(IOException.class, () -> Documents.attach(d, a, DocumentKind.INSURANCE, dir.resolve("downloads"), null), "a folder");
		PermitApplication unsaved = Fx.application(Fx.production(null), null, "x");
		e = assertThrows(IOException.class, () -> Documents.attach(d, unsaved, DocumentKind.INSURANCE, source, null));
		assertEquals(Messages.notSaved, e.getMessage());
		assertTrue(a.getDocuments().isEmpty());
	}

	@Test
	void resolveAndExpiry() {
		PermitDocument doc = Fx.row(a, DocumentKind.INSURANCE, "scans/policy.pdf");
		assertEquals(dir.resolve("films/scans/policy.pdf"), Documents.resolve(doc));
		doc.setPath(source.toString());
		assertEquals(source, Documents.resolve(doc));
		doc.setPath("");
		assertNull(Documents.resolve(doc));

		assertFalse(Documents.expired(doc, LocalDate.of(2030, 1, 1)), "no expiry date");
		doc.setExpires(ShootCalendar.toDate(LocalDate.of(2025, 3, 10)));
		assertFalse(Documents.expired(doc, LocalDate.of(2025, 3, 10)));
		assertTrue(Documents.expired(doc, LocalDate.of(2025, 3, 11)));
	}
}
