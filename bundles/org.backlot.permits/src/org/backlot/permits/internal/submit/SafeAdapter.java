// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.submit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.Decision;
import org.backlot.permits.api.SubmissionAdapter;
import org.eclipse.osgi.util.NLS;

/**
 * Guards a contributed submission adapter: a run-time failure (or an answer without a reference or status) is reported
 * once, naming the plugin, and becomes an IOException from {@code submit} and no news from {@code poll}.
 */
public final class SafeAdapter implements SubmissionAdapter {
	private final SubmissionAdapter adapter;
	private final String name;
	private final BiConsumer<String, Throwable> report;
	private volatile boolean reported;

	/**
	 * @param adapter the contributed adapter
	 * @param name    its name, for messages
	 * @param report  reports a failure (reason, cause) once, e.g. to {@code Contributions.reportBroken}
	 */
	public SafeAdapter(SubmissionAdapter adapter, String name, BiConsumer<String, Throwable> report) {
		this.adapter = adapter;
		this.name = name;
		this.report = report;
	}

	/** The adapter it guards. */
	public SubmissionAdapter adapter() {
		return adapter;
	}

	@Override
	public String submit(PermitApplication application, Path productionFolder) throws IOException {
		String reference;
		try {
			reference = adapter.submit(application, productionFolder);
		} catch (RuntimeException | LinkageError e) {
			report(e.toString(), e);
			throw new IOException(NLS.bind(Messages.adapterFailed, name, e), e);
		}
		if (reference == null || reference.isBlank()) {
			String why = NLS.bind(Messages.noReference, name);
			report(why, null);
			throw new IOException(why);
		}
		return reference.strip();
	}

	@Override
	public Optional<Decision> poll(PermitApplication application, Path productionFolder) throws IOException {
		Optional<Decision> d;
		try {
			d = adapter.poll(application, productionFolder);
		} catch (RuntimeException | LinkageError e) {
			report(e.toString(), e);
			return Optional.empty();
		}
		if (d == null) {
			return Optional.empty();
		}
		if (d.isPresent() && d.get().status() == null) {
			report(NLS.bind(Messages.noStatus, name), null);
			return Optional.empty();
		}
		return d;
	}

	private void report(String reason, Throwable cause) {
		if (!reported) {
			reported = true;
			report.accept(reason, cause);
		}
	}

	@Override
	public String toString() {
		return name;
	}
}
