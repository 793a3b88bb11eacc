// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.permits.api.Decision;
import org.backlot.permits.api.SubmissionAdapter;
import org.junit.jupiter.api.Test;

/** A contributed adapter that fails at run time is reported once and never takes the caller down. */
class SafeAdapterTest {
	private final PermitApplication application = PermitsFactory.eINSTANCE.createPermitApplication();
	private final Path folder = Path.of("unused");
	private final List<String> reported = new ArrayList<>();

	private SafeAdapter guard(SubmissionAdapter a) {
		return new SafeAdapter(a, "Broken portal", (reason, cause) -> reported.add(reason));
	}

	@Test
	void aThrowingAdapterBecomesAnIOExceptionAndNoNewsAndIsReportedOnce() throws IOException {
		SafeAdapter safe = guard(new SubmissionAdapter() {
			@Override
			public String submit(PermitApplication a, Path productionFolder) {
				throw new IllegalStateException("portal down");
			}

			@Override
			public Optional<Decision> poll(PermitApplication a, Path productionFolder) {
				throw new NullPointerException("no session");
			}
		});
		IOException e = assertThrows(IOException.class, () -> safe.submit(application, folder));
		assertTrue(e.getMessage().contains("Broken portal") && e.getMessage().contains("portal down"), e.getMessage());
		assertTrue(e.getCause() instanceof IllegalStateException);
		assertEquals(Optional.empty(), safe.poll(application, folder));
		assertThrows(IOException.class, () -> safe.submit(application, folder));
		assertEquals(1, reported.size(), reported.toString());
		assertTrue(reported.get(0).contains("portal down"), reported.get(0));
	}

	@Test
	void anAdapterAnsweringNothingUsableIsReported() throws IOException {
		SafeAdapter safe = guard(new SubmissionAdapter() {
			@Override
			public String submit(PermitApplication a, Path productionFolder) {
				return " ";
			}

			@Override
			public Optional<Decision> poll(PermitApplication a, Path productionFolder) {
				return null;
			}
		});
		assertThrows(IOException.class, () -> safe.submit(application, folder));
		assertEquals(Optional.empty(), safe.poll(application, folder));
		assertEquals(1, reported.size());
	}

	@Test
	void aWorkingAdapterIsPassedThrough() throws IOException {
		SubmissionAdapter ok = new SubmissionAdapter() {
			@Override
			public String submit(PermitApplication a, Path productionFolder) {
				return " REF-1 ";
			}

			@Override
			public Optional<Decision> poll(PermitApplication a, Path productionFolder) throws IOException {
				throw new IOException("inbox unreadable");
			}
		};
		SafeAdapter safe = guard(ok);
		assertEquals("REF-1", safe.submit(application, folder));
		IOException e = assertThrows(IOException.class, () -> safe.poll(application, folder), "an adapter's own IOException reaches the caller");
		assertEquals("inbox unreadable", e.getMessage());
		assertSame(ok, safe.adapter());
		assertEquals(List.of(), reported, "an IOException is the adapter's normal way to fail, not a broken plugin");
	}
}
