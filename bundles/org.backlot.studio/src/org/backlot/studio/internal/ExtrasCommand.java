// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.ExtrasSearch;
import org.backlot.studio.api.Shortlist;
import org.backlot.studio.internal.people.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli extras FILE --scene N [--day DATE] [--limit N] [--json]}: the shortlist of
 * extras for a scene's extras requirement on its shoot day (or the day given), with scores and why.
 */
public class ExtrasCommand implements CliCommand {
	/** What --json prints. */
	record Out(String production, String scene, String day, String callTime, List<ListOut> shortlists) {
	}

	/** One requirement's shortlist. */
	record ListOut(String description, String look, int count, List<String> understood, int matching, int shortfall, List<PersonOut> chosen,
			List<PersonOut> reserve) {
	}

	/** One proposed person. */
	record PersonOut(String code, String name, String gender, int age, int heightCm, List<String> looks, List<String> skills,
			List<String> languages, double score, List<String> why) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--scene", "--day", "--limit"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String file = args.single(Messages.cliArgFile);
		String number = args.option("--scene", null); //$NON-NLS-1$
		if (number == null) {
			throw new CliException(Messages.cliMissingScene);
		}
		int limit = args.intOption("--limit", -1); //$NON-NLS-1$
		LocalDate given = args.dateOption("--day", null); //$NON-NLS-1$
		Production p = CliFiles.production(file);
		Studio studio = p.getStudio();
		if (studio == null || studio.eIsProxy()) {
			throw new CliException(NLS.bind(Messages.cliNoStudio, file), CliException.BAD_INPUT);
		}
		Scene scene = scene(p, number, file);
		List<ExtrasRequirement> reqs = new ArrayList<>();
		if (p.getBreakdown() != null) {
			p.getBreakdown().getExtras().stream().filter(r -> r.getScene() == scene).forEach(reqs::add);
		}
		if (reqs.isEmpty()) {
			throw new CliException(NLS.bind(Messages.cliNoExtras, number), CliException.BAD_INPUT);
		}
		LocalDate day = given != null ? given : ExtrasSearch.shootDate(p, scene);
		LocalTime call = day == null ? null : ExtrasSearch.callTime(p, reqs.get(0), day);
		ExtrasSearch search = new ExtrasSearch(studio);
		List<ListOut> lists = new ArrayList<>();
		for (ExtrasRequirement r : reqs) {
			int count = Math.max(0, r.getCount());
			int reserve = limit >= 0 ? Math.max(0, limit - count) : Math.max(2, (count + 4) / 5);
			Shortlist sl = search.shortlist(r, day, reserve);
			List<PersonOut> chosen = people(sl.chosen(), limit >= 0 ? limit : Integer.MAX_VALUE);
			lists.add(new ListOut(orEmpty(r.getDescription()), orEmpty(r.getLook()), count, sl.understood(), sl.matching(), sl.shortfall(), chosen,
					people(sl.reserve(), Integer.MAX_VALUE)));
		}
		Out out = new Out(orEmpty(p.getTitle()), number, day == null ? null : day.toString(), call == null ? null : call.toString(), lists);
		if (context.json()) {
			context.printJson(out);
		} else {
			print(context.out(), out, day);
		}
		return 0;
	}

	private static Scene scene(Production p, String number, String file) throws CliException {
		List<String> numbers = new ArrayList<>();
		for (Scene s : p.getScript() == null ? List.<Scene>of() : p.getScript().getScenes()) {
			if (number.equalsIgnoreCase(s.getNumber())) {
				return s;
			}
			numbers.add(s.getNumber());
		}
		String known = numbers.isEmpty() ? "-" : numbers.size() > 40 ? numbers.get(0) + " … " + numbers.get(numbers.size() - 1) //$NON-NLS-1$ //$NON-NLS-2$
				: String.join(", ", numbers); //$NON-NLS-1$
		throw new CliException(NLS.bind(Messages.cliNoScene, new Object[] { file, number, known }), CliException.BAD_INPUT);
	}

	private static List<PersonOut> people(List<Shortlist.Candidate> candidates, int max) {
		List<PersonOut> out = new ArrayList<>();
		for (Shortlist.Candidate c : candidates.subList(0, Math.min(max, candidates.size()))) {
			Extra x = c.extra();
			out.add(new PersonOut(x.getCode(), x.getName(), x.getGender() == null ? null : x.getGender().getLiteral(), c.age(), x.getHeightCm(),
					List.copyOf(x.getLooks()), List.copyOf(x.getSkills()), List.copyOf(x.getLanguages()), c.score(), c.why()));
		}
		return out;
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	private static void print(PrintStream o, Out out, LocalDate day) {
		if (day == null) {
			o.println(Messages.cliNotScheduled);
		} else if (out.callTime() != null) {
			o.println(NLS.bind(Messages.cliDay, ShootCalendar.label(day), out.callTime()));
		} else {
			o.println(NLS.bind(Messages.cliDayNoCall, ShootCalendar.label(day)));
		}
		for (ListOut l : out.shortlists()) {
			o.println();
			o.println(NLS.bind(Messages.cliHeader, new Object[] { out.scene(), l.count(), l.description(), l.look() }).trim());
			if (!l.understood().isEmpty()) {
				o.println(NLS.bind(Messages.cliRead, String.join(", ", l.understood()))); //$NON-NLS-1$
			}
			o.println(NLS.bind(Messages.cliMatching, new Object[] { l.matching(), l.chosen().size(), l.reserve().size() }));
			if (l.shortfall() > 0) {
				o.println(NLS.bind(Messages.cliShort, l.shortfall()));
			}
			l.chosen().forEach(p -> line(o, p));
			if (!l.reserve().isEmpty()) {
				o.println(Messages.cliReserve);
				l.reserve().forEach(p -> line(o, p));
			}
		}
	}

	private static void line(PrintStream o, PersonOut p) {
		o.printf("  %-8s %-6s %-6s %3d %4dcm %6.2f  %s%n", p.code(), p.name(), p.gender() == null ? "" : p.gender(), p.age(), p.heightCm(), //$NON-NLS-1$ //$NON-NLS-2$
				p.score(), String.join(", ", p.why())); //$NON-NLS-1$
	}
}
