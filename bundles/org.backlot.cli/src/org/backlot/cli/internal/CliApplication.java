// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.core.api.Backlot;
import org.backlot.core.api.Contributions;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

/** The {@code backlot} command line: an Equinox application that dispatches to contributed commands. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return Integer.valueOf(run(args == null ? List.of() : Arrays.asList(args), out, err));
	}

	/** Runs one command line and returns the exit code; used by the application and by tests. */
	public static int run(List<String> argv, PrintStream out, PrintStream err) {
		List<String> rest = new ArrayList<>();
		boolean json = false;
		boolean help = false;
		boolean version = false;
		for (String a : argv) {
			switch (a) {
			case "--json" -> json = true; //$NON-NLS-1$
			case "--help", "-h" -> help = true; //$NON-NLS-1$ //$NON-NLS-2$
			case "--version" -> version = true; //$NON-NLS-1$
			default -> rest.add(a);
			}
		}
		CommandRegistry registry = new CommandRegistry();
		try {
			if (version && rest.isEmpty()) {
				printVersion(out, json);
				return 0;
			}
			if (rest.isEmpty()) {
				Help.printOverview(registry, out);
				return help ? 0 : CliException.USAGE;
			}
			String name = rest.get(0);
			Optional<CommandRegistry.Entry> entry = registry.find(name);
			if (entry.isEmpty()) {
				throw new CliException(NLS.bind(Messages.unknownCommand, name));
			}
			if (help) {
				Help.printCommand(entry.get(), out);
				return 0;
			}
			Optional<CliCommand> command = Contributions.create(entry.get().element(), "class", CliCommand.class); //$NON-NLS-1$
			if (command.isEmpty()) {
				throw new CliException(NLS.bind(Messages.brokenCommand, name, entry.get().contributor()), 1);
			}
			return command.get().run(new CliContext(rest.subList(1, rest.size()), out, err, json));
		} catch (CliException e) {
			err.println("backlot: " + e.getMessage()); //$NON-NLS-1$
			return e.exitCode();
		} catch (RuntimeException e) {
			err.println("backlot: " + NLS.bind(Messages.internalError, e)); //$NON-NLS-1$
			e.printStackTrace(err);
			return 1;
		} finally {
			for (String problem : Contributions.takeProblems()) {
				err.println("backlot: " + problem); //$NON-NLS-1$
			}
		}
	}

	private static void printVersion(PrintStream out, boolean json) {
		if (json) {
			CliContext context = new CliContext(List.of(), out, out, true);
			context.printJson(new VersionInfo(Backlot.NAME, Backlot.version(), Runtime.version().toString()));
		} else {
			out.println(Backlot.NAME + " " + Backlot.version()); //$NON-NLS-1$
		}
	}

	/** What {@code --version --json} prints. */
	record VersionInfo(String name, String version, String java) {
	}

	@Override
	public void stop() {
		// commands are short-lived; nothing to interrupt
	}
}
