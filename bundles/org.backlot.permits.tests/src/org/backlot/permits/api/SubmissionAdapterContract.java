// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.production.Production;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link SubmissionAdapter} must do; an adapter's test extends this class and says how a decision reaches
 * its adapter ({@link #decide}) and how a broken one does ({@link #placeBadDecision}).
 */
public abstract class SubmissionAdapterContract {
	/** The production's folder; the application's attached documents are in it. */
	@TempDir
	protected Path folder;
	/** A complete application with every field filled in, inside its production. */
	protected PermitApplication application;
	/** The production holding it. */
	protected Production production;

	/** The adapter under test. */
	protected abstract SubmissionAdapter adapter();

	/** Makes the authority answer the (submitted) application with this decision, the way the adapter hears of it. */
	protected abstract void decide(PermitApplication a, Path productionFolder, Decision d) throws IOException;

	/** Makes the authority's answer arrive in a form the adapter cannot read. */
	protected abstract void placeBadDecision(PermitApplication a, Path productionFolder) throws IOException;

	@BeforeEach
	void craftApplication() throws IOException {
		PermitFormFixture f = new PermitFormFixture();
		application = f.application;
		production = f.production;
		for (PermitDocument d : application.getDocuments()) {
			if (d.getPath() != null && !d.getPath().isBlank()) {
				Path file = folder.resolve(d.getPath());
				Files.createDirectories(file.getParent());
				Files.writeString(file, "%PDF-1.4 " + d.getKind(), StandardCharsets.UTF_8);
			}
		}
	}

	@Test
	void submitReturnsANonEmptyReference() throws IOException {
		String reference = adapter().submit(application, folder);
		assertNotNull(reference);
		assertFalse(reference.isBlank(), "a reference to record");
	}

	@Test
	void submitDoesNotChangeTheApplication() throws IOException {
		PermitApplication before = EcoreUtil.copy(application);
		List<Notification> changes = new ArrayList<>();
		production.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification n) {
				super.notifyChanged(n);
				if (!n.isTouch() && n.getEventType() != Notification.REMOVING_ADAPTER) {
					changes.add(n);
				}
			}
		});
		adapter().submit(application, folder);
		assertEquals(List.of(), changes, "the caller records the submission as a command");
		assertTrue(EcoreUtil.equals(before, application), "the application is as it was");
		assertEquals(PermitStatus.SUBMITTED, application.getStatus());
		assertTrue(((EObject) application).eContainer() == production);
	}

	@Test
	void pollBeforeAnyDecisionIsEmpty() throws IOException {
		assertEquals(Optional.empty(), adapter().poll(application, folder), "nothing submitted yet");
		adapter().submit(application, folder);
		assertEquals(Optional.empty(), adapter().poll(application, folder), "submitted, no answer yet");
	}

	@Test
	void aDecisionIsReturnedAsTheAuthorityGaveIt() throws IOException {
		adapter().submit(application, folder);
		Decision approved = new Decision(PermitStatus.APPROVED, LocalDateTime.of(2027, 2, 25, 10, 30), "Officer Li", "YZ-2027-0042",
				"No blanks after 22:00");
		decide(application, folder, approved);
		assertEquals(Optional.of(approved), adapter().poll(application, folder));
		Decision more = new Decision(PermitStatus.MORE_INFO, LocalDateTime.of(2027, 2, 26, 9, 0), "\u6e1d\u4e2d\u533a\u516c\u5b89\u5206\u5c40", "",
				"\u8bf7\u8865\u5145\u4fdd\u9669\u51ed\u8bc1");
		decide(application, folder, more);
		assertEquals(Optional.of(more), adapter().poll(application, folder), "a later answer replaces the earlier one");
	}

	@Test
	void aBadDecisionIsAnIOExceptionNotACrash() throws IOException {
		adapter().submit(application, folder);
		placeBadDecision(application, folder);
		IOException e = assertThrows(IOException.class, () -> adapter().poll(application, folder));
		assertNotNull(e.getMessage());
		assertFalse(e.getMessage().isBlank(), "a reason for the user");
	}
}
