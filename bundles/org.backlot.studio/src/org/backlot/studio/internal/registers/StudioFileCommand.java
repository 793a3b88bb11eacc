// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.RegisterException;
import org.backlot.studio.api.Registers;
import org.backlot.studio.api.Registers.Imported;
import org.backlot.studio.api.Registers.Kind;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

/**
 * {@code studio STUDIO --report stages|inventory|extras|housing [--from DATE --to DATE]},
 * {@code studio STUDIO --import KIND CSV} and {@code studio STUDIO --export KIND CSV}.
 */
public final class StudioFileCommand {
	private static final String REPORT = "--report"; //$NON-NLS-1$
	private static final String IMPORT = "--import"; //$NON-NLS-1$
	private static final String EXPORT = "--export"; //$NON-NLS-1$
	private static final String FROM = "--from"; //$NON-NLS-1$
	private static final String TO = "--to"; //$NON-NLS-1$
	/** Problems named in the one-line reason before "and N more". */
	private static final int SHOWN = 20;

	private StudioFileCommand() {
	}

	/** Runs the command on the context's arguments (the first is the studio file). */
	public static int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(REPORT, IMPORT, EXPORT, FROM, TO), Set.of());
		long modes = List.of(REPORT, IMPORT, EXPORT).stream().filter(args::has).count();
		if (modes != 1) {
			throw new CliException(Messages.oneMode);
		}
		List<String> pos = args.positional();
		int want = args.has(REPORT) ? 1 : 2;
		if (pos.size() < want) {
			throw new CliException(NLS.bind(Messages.missingFile, pos.isEmpty() ? "STUDIO" : "CSV")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (pos.size() > want) {
			throw new CliException(NLS.bind(Messages.extraArgument, pos.get(want)));
		}
		if (args.has(REPORT)) {
			return report(context, args, pos.get(0));
		}
		Kind kind = kind(args.option(args.has(IMPORT) ? IMPORT : EXPORT, "")); //$NON-NLS-1$
		Studio studio = studio(pos.get(0));
		Path csv = Path.of(pos.get(1)).toAbsolutePath();
		return args.has(IMPORT) ? importCsv(context, studio, kind, csv) : export(context, studio, kind, csv);
	}

	private static int report(CliContext context, CliArgs args, String file) throws CliException {
		String what = args.option(REPORT, ""); //$NON-NLS-1$
		if (!Reports.KINDS.contains(what)) {
			throw new CliException(NLS.bind(Messages.unknownReport, what, String.join(", ", Reports.KINDS))); //$NON-NLS-1$
		}
		Studio studio = studio(file);
		LocalDate from = args.dateOption(FROM, null);
		LocalDate to = args.dateOption(TO, null);
		LocalDate[] span = Reports.span(studio, what, from, to);
		if (span[1].isBefore(span[0])) {
			throw new CliException(NLS.bind(Messages.backwardsRange, span[0], span[1]));
		}
		Object report = Reports.of(studio, what, span[0], span[1]);
		if (context.json()) {
			context.printJson(report);
		} else {
			ReportText.print(context.out(), report);
		}
		return 0;
	}

	private static int importCsv(CliContext context, Studio studio, Kind kind, Path csv) throws CliException {
		if (!Files.isRegularFile(csv)) {
			throw new CliException(NLS.bind(Messages.noSuchFile, csv), CliException.BAD_INPUT);
		}
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack(), studio.eResource().getResourceSet());
		Imported im;
		try {
			im = Registers.prepare(domain, studio, kind, csv);
		} catch (RegisterException e) {
			throw new CliException(reason(csv, e), CliException.BAD_INPUT);
		}
		if (im.added() + im.updated() > 0) {
			domain.getCommandStack().execute(im.command());
			CliFiles.save(studio.eResource());
		}
		if (context.json()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("register", kind.key()); //$NON-NLS-1$
			m.put("file", csv.toString()); //$NON-NLS-1$
			m.put("added", im.added()); //$NON-NLS-1$
			m.put("updated", im.updated()); //$NON-NLS-1$
			m.put("unchanged", im.unchanged()); //$NON-NLS-1$
			context.printJson(m);
		} else {
			context.out().println(NLS.bind(Messages.imported, new Object[] { kind.key(), csv, im.added(), im.updated(), im.unchanged() }));
		}
		return 0;
	}

	/** The one-line reason of a rejected file: the file, how many problems, the first {@value #SHOWN}. */
	static String reason(Path csv, RegisterException e) {
		List<RegisterException.Problem> all = e.problems();
		String shown = all.stream().limit(SHOWN).map(RegisterException.Problem::message).collect(Collectors.joining("; ")); //$NON-NLS-1$
		String more = all.size() > SHOWN ? NLS.bind(Messages.andMore, all.size() - SHOWN) : ""; //$NON-NLS-1$
		return NLS.bind(Messages.rejected, new Object[] { csv, all.size(), shown + more });
	}

	private static int export(CliContext context, Studio studio, Kind kind, Path csv) throws CliException {
		try {
			Registers.export(studio, kind, csv);
		} catch (IOException e) {
			throw new CliException(NLS.bind(Messages.cannotWrite, csv, e.getMessage()), CliException.BAD_INPUT);
		}
		int records = ((List<?>) studio.eGet(Schema.of(kind).list())).size();
		if (context.json()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("register", kind.key()); //$NON-NLS-1$
			m.put("file", csv.toString()); //$NON-NLS-1$
			m.put("records", records); //$NON-NLS-1$
			m.put("columns", Registers.columns(kind)); //$NON-NLS-1$
			context.printJson(m);
		} else {
			context.out().println(NLS.bind(Messages.exported, new Object[] { kind.key(), csv, records }));
		}
		return 0;
	}

	private static Studio studio(String file) throws CliException {
		EObject root = CliFiles.load(file);
		if (root instanceof Studio s) {
			return s;
		}
		throw new CliException(NLS.bind(Messages.notAStudio, file), CliException.BAD_INPUT);
	}

	private static Kind kind(String name) throws CliException {
		Kind k = Kind.of(name);
		if (k == null) {
			String known = Arrays.stream(Kind.values()).map(Kind::key).collect(Collectors.joining(", ")); //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.unknownRegister, name, known));
		}
		return k;
	}
}
