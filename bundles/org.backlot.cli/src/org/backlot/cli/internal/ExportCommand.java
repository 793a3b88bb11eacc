// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.core.api.ExportException;
import org.backlot.core.api.Exporters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli export FILE --format ID [--out OUT]}: the file in a format
 * contributed to {@code org.backlot.core.exporters}; {@code export [FILE] --formats}
 * lists them (those that export FILE when it is given).
 */
public class ExportCommand implements CliCommand {
	private static final String FORMAT = "--format"; //$NON-NLS-1$
	private static final String FORMATS = "--formats"; //$NON-NLS-1$
	private static final String OUT = "--out"; //$NON-NLS-1$

	/** One format as {@code --formats} prints it. */
	record Row(String id, String name, String extension, List<String> roots, String plugin) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(FORMAT, OUT), Set.of(FORMATS));
		if (args.has(FORMATS)) {
			List<Exporters.Format> formats = args.positional().isEmpty() ? Exporters.all()
					: Exporters.forRoot(CliFiles.load(args.single(Messages.argFile)));
			list(formats, context);
			return 0;
		}
		String id = args.option(FORMAT, null);
		if (id == null) {
			throw new CliException(NLS.bind(Messages.exportMissingFormat, Exporters.ids()));
		}
		Exporters.Format format = Exporters.find(id)
				.orElseThrow(() -> new CliException(NLS.bind(Messages.unknownFormat, id, Exporters.ids())));
		EObject root = CliFiles.load(args.single(Messages.argFile));
		String out = args.option(OUT, null);
		try {
			if (out == null) {
				byte[] bytes = Exporters.write(format, root, null);
				context.out().write(bytes, 0, bytes.length);
				if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
					context.out().println();
				}
				context.out().flush();
			} else {
				Exporters.export(format, root, Path.of(out), null);
			}
		} catch (ExportException e) {
			throw new CliException(e.getMessage(), e.brokenPlugin() ? 1 : CliException.BAD_INPUT);
		}
		return 0;
	}

	private static void list(List<Exporters.Format> formats, CliContext context) {
		List<Row> rows = formats.stream().map(ExportCommand::row).toList();
		if (context.json()) {
			context.printJson(rows);
			return;
		}
		for (Row r : rows) {
			context.out().println(String.join("\t", r.id(), r.name(), "." + r.extension(), String.join(",", r.roots()), r.plugin())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static Row row(Exporters.Format f) {
		List<String> roots = new ArrayList<>();
		if (f.productions()) {
			roots.add("production"); //$NON-NLS-1$
		}
		if (f.studios()) {
			roots.add("studio"); //$NON-NLS-1$
		}
		return new Row(f.id(), f.name(), f.extension(), roots, f.plugin());
	}
}
