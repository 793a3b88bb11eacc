// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/** A command's arguments split into options (with or without a value) and positional arguments. */
public final class CliArgs {
	private final Map<String, String> options = new HashMap<>();
	private final List<String> positional = new ArrayList<>();

	/**
	 * Parses arguments.
	 *
	 * @param withValue options that take a value ({@code --out FILE})
	 * @param switches  options without a value ({@code --force})
	 * @throws CliException on an unknown option or a missing value
	 */
	public CliArgs(List<String> args, Set<String> withValue, Set<String> switches) throws CliException {
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (withValue.contains(a)) {
				if (i + 1 >= args.size()) {
					throw new CliException(NLS.bind(Messages.missingValue, a));
				}
				options.put(a, args.get(++i));
			} else if (switches.contains(a)) {
				options.put(a, "true"); //$NON-NLS-1$
			} else if (a.startsWith("-")) { //$NON-NLS-1$
				throw new CliException(NLS.bind(Messages.unknownOption, a));
			} else {
				positional.add(a);
			}
		}
	}

	/** The value of an option, or the default. */
	public String option(String name, String defaultValue) {
		return options.getOrDefault(name, defaultValue);
	}

	/** Whether a switch or option was given. */
	public boolean has(String name) {
		return options.containsKey(name);
	}

	/** The positional arguments. */
	public List<String> positional() {
		return positional;
	}

	/** For a command that takes no positional argument: a usage error naming the first one given. */
	public void noPositional() throws CliException {
		if (!positional.isEmpty()) {
			throw new CliException(NLS.bind(Messages.unexpectedArgument, positional.get(0)));
		}
	}

	/** The one positional argument the command needs, named in the error when it is missing or doubled. */
	public String single(String what) throws CliException {
		if (positional.size() != 1) {
			throw new CliException(NLS.bind(positional.isEmpty() ? Messages.missingArgument : Messages.tooManyArguments, what));
		}
		return positional.get(0);
	}

	/** An integer option. */
	public int intOption(String name, int defaultValue) throws CliException {
		String v = options.get(name);
		if (v == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(v);
		} catch (NumberFormatException e) {
			throw new CliException(NLS.bind(Messages.notANumber, name, v));
		}
	}

	/** A date option as YYYY-MM-DD (spaces around it ignored), or the default when it is not given. */
	public LocalDate dateOption(String name, LocalDate defaultValue) throws CliException {
		String v = options.get(name);
		if (v == null) {
			return defaultValue;
		}
		try {
			return LocalDate.parse(v.strip());
		} catch (DateTimeParseException e) {
			throw new CliException(NLS.bind(Messages.badDate, name, v));
		}
	}

	/** The name of the paper option every command that writes a PDF takes: {@code --paper a4|letter}. */
	public static final String PAPER = "--paper"; //$NON-NLS-1$

	/** Whether {@code --paper} asks for US Letter rather than A4 (the default); any other paper is a usage error. */
	public boolean letterPaper() throws CliException {
		String paper = option(PAPER, "a4").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
		if (!paper.equals("a4") && !paper.equals("letter")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new CliException(NLS.bind(Messages.unknownPaper, paper));
		}
		return paper.equals("letter"); //$NON-NLS-1$
	}
}
