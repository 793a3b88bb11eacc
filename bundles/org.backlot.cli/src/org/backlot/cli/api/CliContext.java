// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.api;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.google.gson.GsonBuilder;

/** One invocation of a command: its arguments, its output streams and the --json switch. */
public final class CliContext {
	private final List<String> args;
	private final PrintStream out;
	private final PrintStream err;
	private final boolean json;

	/** Creates a context; {@code args} are the command's own arguments (without the command name). */
	public CliContext(List<String> args, PrintStream out, PrintStream err, boolean json) {
		this.args = List.copyOf(args);
		this.out = out;
		this.err = err;
		this.json = json;
	}

	/** The command's arguments, without the command name and global options. */
	public List<String> args() {
		return args;
	}

	/** True when the user asked for JSON output. */
	public boolean json() {
		return json;
	}

	/** Standard output. */
	public PrintStream out() {
		return out;
	}

	/** Standard error. */
	public PrintStream err() {
		return err;
	}

	/** Prints a value as pretty JSON on standard output. */
	public void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(value));
	}

	/**
	 * Returns the arguments, failing with a usage error when an option starting
	 * with "-" is among them (commands without options call this).
	 */
	public List<String> positional() throws CliException {
		List<String> result = new ArrayList<>();
		for (String a : args) {
			if (a.startsWith("-")) { //$NON-NLS-1$
				throw new CliException(NLS.bind(Messages.unknownOption, a));
			}
			result.add(a);
		}
		return result;
	}
}
