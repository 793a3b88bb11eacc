// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.submit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.backlot.core.api.AtomicFiles;
import org.backlot.model.permits.Authority;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.permits.api.ApplicationForms;
import org.backlot.permits.api.Authorities;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.Decision;
import org.backlot.permits.api.SubmissionAdapter;
import org.backlot.permits.internal.forms.FormValues;
import org.eclipse.osgi.util.NLS;

/**
 * Backlot's own submission adapter: exchanges applications as files in a folder the location manager uploads from
 * and saves the authorities' answers into (docs/permits-exchange.md). {@code submit} writes
 * {@code outbox/<authority>/<application id>/} (application.json, the Chinese form as application.pdf, the attached
 * documents under documents/) in one move; {@code poll} reads {@code inbox/<application id>.json}.
 */
public final class FileExchangeAdapter implements SubmissionAdapter {
	/** The system property that moves the exchange folder away from the production's. */
	public static final String PROPERTY = "backlot.permits.exchange"; //$NON-NLS-1$
	/** The exchange folder's name beside the production file. */
	public static final String FOLDER = "permits-exchange"; //$NON-NLS-1$
	/** The application's data in the outbox. */
	public static final String JSON = "application.json"; //$NON-NLS-1$
	/** The application's form in the outbox. */
	public static final String FORM = "application.pdf"; //$NON-NLS-1$
	/** The folder of the attached documents in the outbox. */
	public static final String DOCUMENTS = "documents"; //$NON-NLS-1$

	/** The exchange folder: the system property's, else {@code permits-exchange} in the production's folder. */
	public static Path exchange(Path productionFolder) {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured.strip());
		}
		return productionFolder.resolve(FOLDER);
	}

	/** The folder an application is written to: {@code outbox/<authority>/<application id>}. */
	public static Path outbox(PermitApplication a, Path productionFolder) {
		String authority = authorityId(a.getAuthority());
		if (authority.isEmpty()) {
			authority = a.getAuthority() == null || a.getAuthority().getKind() == null ? "OTHER" : a.getAuthority().getKind().getLiteral(); //$NON-NLS-1$
		}
		return exchange(productionFolder).resolve("outbox").resolve(safe(authority)).resolve(safe(a.getId())); //$NON-NLS-1$
	}

	/** Where the authority's answer on an application is expected: {@code inbox/<application id>.json}. */
	public static Path inbox(PermitApplication a, Path productionFolder) {
		return exchange(productionFolder).resolve("inbox").resolve(safe(a.getId()) + ".json"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The contributed authority's id, else the studio record's rule id, else "". */
	static String authorityId(Authority r) {
		Optional<AuthorityDefinition> d = Authorities.of(r);
		if (d.isPresent()) {
			return d.get().id();
		}
		return r == null || r.getRuleId() == null ? "" : r.getRuleId().strip(); //$NON-NLS-1$
	}

	@Override
	public String submit(PermitApplication a, Path productionFolder) throws IOException {
		if (a.getId() == null || a.getId().isBlank()) {
			throw new IOException(Messages.noId);
		}
		String id = a.getId().strip();
		String reference = "FX-" + id.substring(0, Math.min(8, id.length())); //$NON-NLS-1$
		List<Path> sources = documents(a, productionFolder);
		Path target = outbox(a, productionFolder);
		Path box = target.getParent();
		Files.createDirectories(box);
		Path tmp = Files.createTempDirectory(box, "." + target.getFileName() + ".tmp-"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			List<String> names = new ArrayList<>();
			Set<String> used = new HashSet<>();
			for (Path source : sources) {
				if (source == null) {
					names.add(null);
					continue;
				}
				String name = unique(source.getFileName().toString(), used);
				names.add(name);
				Folders.copy(source, tmp.resolve(DOCUMENTS).resolve(name));
			}
			ApplicationForms.pdf(a, Locale.CHINESE, false, tmp.resolve(FORM));
			String json = ExchangeJson.of(a, reference, names, LocalDateTime.now().withSecond(0).withNano(0));
			AtomicFiles.write(tmp.resolve(JSON), json.getBytes(StandardCharsets.UTF_8));
			Folders.replace(tmp, target);
		} catch (IOException | RuntimeException e) {
			try {
				Folders.delete(tmp);
			} catch (IOException x) {
				e.addSuppressed(x);
			}
			throw e;
		}
		return reference;
	}

	@Override
	public Optional<Decision> poll(PermitApplication a, Path productionFolder) throws IOException {
		if (a.getId() == null || a.getId().isBlank()) {
			return Optional.empty();
		}
		Path file = inbox(a, productionFolder);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(DecisionFile.read(file));
	}

	/** Each document's file (relative paths against the production's folder), null for one without a file. */
	private static List<Path> documents(PermitApplication a, Path productionFolder) throws IOException {
		List<Path> out = new ArrayList<>();
		for (PermitDocument d : a.getDocuments()) {
			if (d.getPath() == null || d.getPath().isBlank()) {
				out.add(null);
				continue;
			}
			Path p;
			try {
				p = Path.of(d.getPath().strip());
			} catch (InvalidPathException e) {
				throw new IOException(NLS.bind(Messages.missingDocument, d.getKind(), d.getPath()), e);
			}
			p = (p.isAbsolute() ? p : productionFolder.resolve(p)).normalize();
			if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
				throw new IOException(NLS.bind(Messages.missingDocument, d.getKind(), p));
			}
			out.add(p);
		}
		return out;
	}

	/** The name, or name-2.ext, name-3.ext... when it is taken. */
	private static String unique(String name, Set<String> used) {
		String candidate = FormValues.fileName(name);
		int dot = candidate.lastIndexOf('.');
		String stem = dot > 0 ? candidate.substring(0, dot) : candidate;
		String ext = dot > 0 ? candidate.substring(dot) : ""; //$NON-NLS-1$
		for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = stem + "-" + n + ext; //$NON-NLS-1$
		}
		return candidate;
	}

	/** A name safe as one path segment on every system. */
	static String safe(String s) {
		String t = s == null ? "" : s.strip().replaceAll("[^\\w.-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return t.isEmpty() || t.startsWith(".") ? "_" + t : t; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
