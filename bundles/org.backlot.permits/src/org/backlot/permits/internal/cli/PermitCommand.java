// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.permits.api.ApplicationForms;
import org.eclipse.osgi.util.NLS;

/**
 * {@code permit FILE --id ID [--pdf PATH] [--lang en|zh] [--paper a4|letter] [--today DATE] [--json]}: one
 * application with its checklist, documents, history and clock; with {@code --pdf} its form, written atomically.
 */
public final class PermitCommand implements CliCommand {
	static final String ID = "--id", PDF = "--pdf", LANG = "--lang", TODAY = "--today", JSON = "--json"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(ID, PDF, LANG, TODAY, CliArgs.PAPER), Set.of(JSON));
		String file = args.single(Messages.argFile);
		String id = args.option(ID, null);
		if (id == null) {
			throw new CliException(NLS.bind(Messages.missingOption, "--id ID")); //$NON-NLS-1$
		}
		LocalDate today = CliDates.today(args, TODAY);
		Production p = CliFiles.production(file);
		PermitApplication a = find(p, id, file);
		String pdf = args.option(PDF, null);
		if (pdf != null) {
			Locale language = language(args.option(LANG, Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			try {
				ApplicationForms.pdf(a, language, args.letterPaper(), Path.of(pdf));
			} catch (IOException e) {
				throw new CliException(NLS.bind(Messages.cannotWrite, pdf, e.getMessage()), CliException.BAD_INPUT);
			}
			context.out().println(NLS.bind(Messages.written, Path.of(pdf)));
			return 0;
		}
		if (context.json() || args.has(JSON)) {
			context.printJson(ApplicationDetail.json(a, today));
		} else {
			ApplicationDetail.print(context.out(), a, today);
		}
		return 0;
	}

	/** The application whose id (or permit number, or reference) is given, or whose id starts with it when only one does. */
	static PermitApplication find(Production p, String id, String file) throws CliException {
		for (PermitApplication a : p.getPermitApplications()) {
			if (id.equals(a.getId()) || id.equals(a.getPermitNumber()) || id.equals(a.getReference())) {
				return a;
			}
		}
		List<PermitApplication> prefixed = p.getPermitApplications().stream().filter(a -> a.getId() != null && a.getId().startsWith(id)).toList();
		if (prefixed.size() == 1) {
			return prefixed.get(0);
		}
		String known = String.join(", ", p.getPermitApplications().stream().map(PermitsText::shortId).toList()); //$NON-NLS-1$
		throw new CliException(NLS.bind(prefixed.isEmpty() ? Messages.unknownApplication : Messages.ambiguousApplication,
				new Object[] { id, file, known.isEmpty() ? Messages.noApplications : known }), CliException.BAD_INPUT);
	}

	private static Locale language(String v) throws CliException {
		return switch (v) {
		case "en" -> Locale.ENGLISH; //$NON-NLS-1$
		case "zh" -> Locale.SIMPLIFIED_CHINESE; //$NON-NLS-1$
		default -> throw new CliException(NLS.bind(Messages.badLanguage, v));
		};
	}
}
