// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.production.Production;
import org.backlot.model.schedule.Schedule;
import org.backlot.permits.api.ClockReport;
import org.backlot.permits.api.Conflict;
import org.backlot.permits.api.Permits;
import org.backlot.permits.api.Requirement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * {@code permits FILE [--generate] [--today DATE] [--json]}: the approvals each shoot day of the active board needs,
 * by authority, with the applications' status and clocks; {@code --generate} creates the missing drafts and saves.
 * {@code permits FILE... --report}: the studio-wide report of elapsed working days against each authority's target.
 */
public final class PermitsCommand implements CliCommand {
	static final String GENERATE = "--generate", TODAY = "--today", JSON = "--json", REPORT = "--report"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(TODAY), Set.of(GENERATE, JSON, REPORT));
		boolean json = context.json() || args.has(JSON);
		LocalDate today = CliDates.today(args, TODAY);
		if (args.has(REPORT)) {
			return report(context, args, today, json);
		}
		String file = args.single(Messages.argFile);
		Production p = CliFiles.production(file);
		Schedule board = CliDates.board(p, file);
		List<PermitApplication> created = List.of();
		if (args.has(GENERATE)) {
			created = generate(p, board, today);
		}
		List<Requirement> requirements = Permits.derive(p, board, today);
		List<Conflict> conflicts = Permits.conflicts(p, board, today);
		if (json) {
			context.printJson(PermitsJson.of(p, board, today, requirements, conflicts, created));
		} else {
			PrintStream out = context.out();
			if (args.has(GENERATE)) {
				out.println(created.isEmpty() ? Messages.nothingToGenerate : NLS.bind(Messages.generated, created.size(), file));
			}
			PermitsText.print(out, p, board, today, requirements, conflicts);
		}
		return 0;
	}

	private static List<PermitApplication> generate(Production p, Schedule board, LocalDate today) throws CliException {
		List<PermitApplication> before = new ArrayList<>(p.getPermitApplications());
		int studioRecords = p.getStudio() != null ? p.getStudio().getAuthorities().size() : 0;
		Command command = Permits.generate(CliDates.domain(p), p, board, today);
		if (command == null || !command.canExecute()) {
			return List.of();
		}
		command.execute();
		List<PermitApplication> added = new ArrayList<>(p.getPermitApplications());
		added.removeAll(before);
		CliFiles.save(p.eResource());
		Resource studio = p.getStudio() != null ? p.getStudio().eResource() : null;
		if (studio != null && studio != p.eResource() && p.getStudio().getAuthorities().size() != studioRecords) {
			CliFiles.save(studio);
		}
		return added;
	}

	private static int report(CliContext context, CliArgs args, LocalDate today, boolean json) throws CliException {
		if (args.positional().isEmpty()) {
			throw new CliException(NLS.bind(Messages.missingOption, Messages.argFile));
		}
		List<Production> productions = new ArrayList<>();
		for (String f : args.positional()) {
			productions.add(CliFiles.production(f));
		}
		ClockReport report = ClockReport.of(productions, today);
		if (json) {
			context.printJson(report);
		} else {
			PermitsText.report(context.out(), report, productions.size(), today);
		}
		return 0;
	}
}
