// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.core.api.AtomicFiles;
import org.backlot.core.api.JsonExport;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** {@code backlot cli export FILE --format json [--out OUT]}: the whole file in another format. */
public class ExportCommand implements CliCommand {
	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--format", "--out"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		String format = args.option("--format", null); //$NON-NLS-1$
		if (format == null) {
			throw new CliException(NLS.bind(Messages.missingArgumentNamed, "--format json")); //$NON-NLS-1$
		}
		if (!format.equals("json")) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.unknownFormat, format, "json")); //$NON-NLS-1$
		}
		EObject root = CliFiles.load(args.single(Messages.argFile));
		try {
			String out = args.option("--out", null); //$NON-NLS-1$
			if (out == null) {
				Writer w = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
				JsonExport.write(root, w);
				context.out().println();
			} else {
				StringWriter text = new StringWriter();
				JsonExport.write(root, text);
				AtomicFiles.write(Path.of(out), text.toString().getBytes(StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new CliException(e.getMessage(), CliException.BAD_INPUT);
		}
		return 0;
	}
}
