// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.core.api.ModelSummary;
import org.backlot.core.api.Validation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** {@code backlot cli validate FILE [--json]}: the problems of a production or studio; exit 1 when there are errors. */
public class ValidateCommand implements CliCommand {

	/** One problem as printed. */
	record Problem(String severity, String message, String object, String id) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(), Set.of());
		String file = args.single(Messages.argFile);
		EObject root = CliFiles.load(file);
		Diagnostic result = Validation.validate(root);
		List<Problem> problems = new ArrayList<>();
		int errors = 0;
		for (Diagnostic d : Validation.problems(result)) {
			EObject subject = Validation.subject(d);
			String severity = d.getSeverity() == Diagnostic.ERROR ? "error" : d.getSeverity() == Diagnostic.WARNING ? "warning" : "info"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			errors += d.getSeverity() == Diagnostic.ERROR ? 1 : 0;
			problems.add(new Problem(severity, d.getMessage(), subject == null ? null : ModelSummary.label(subject),
					subject == null ? null : org.eclipse.emf.ecore.util.EcoreUtil.getID(subject)));
		}
		if (context.json()) {
			context.printJson(problems);
		} else {
			for (Problem p : problems) {
				context.out().println(p.severity() + ": " + p.message() + (p.object() == null ? "" : "  [" + p.object() + "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			context.out().println(NLS.bind(Messages.validateSummary, new Object[] { file, errors, problems.size() - errors }));
		}
		return errors > 0 ? 1 : 0;
	}
}
