// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;

/** Prints the overview and per-command help of the command line. */
final class Help {
	private Help() {
	}

	static void printOverview(CommandRegistry registry, PrintStream out) {
		out.println(Messages.usage);
		out.println();
		out.println(Messages.globalOptions);
		out.println();
		out.println(Messages.commands);
		int width = registry.entries().stream().mapToInt(e -> e.name().length()).max().orElse(0);
		for (CommandRegistry.Entry e : registry.entries()) {
			out.println("  " + pad(e.name(), width) + "  " + e.summary()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.println();
		out.println(Messages.moreHelp);
	}

	static void printCommand(CommandRegistry.Entry entry, PrintStream out) {
		out.println(NLS.bind(Messages.commandUsage, entry.name(), entry.usage()));
		out.println();
		out.println(entry.summary());
	}

	private static String pad(String s, int width) {
		return s + " ".repeat(width - s.length()); //$NON-NLS-1$
	}
}
