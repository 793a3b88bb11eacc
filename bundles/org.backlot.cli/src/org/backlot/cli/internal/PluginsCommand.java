// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.core.api.plugins.PluginInfo;
import org.backlot.core.api.plugins.PluginInventory;
import org.osgi.framework.Bundle;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli plugins [--extending] [--json]}: the installed plugins with their version, state, vendor and what
 * each adds to Backlot; {@code --extending} keeps Backlot's own and the plugins that extend it.
 */
public class PluginsCommand implements CliCommand {

	/** One installed plugin as printed; {@code state} is the OSGi state's constant name, for scripts. */
	record Plugin(String id, String name, String version, String state, String vendor, List<PluginInfo.Contribution> contributes,
			List<String> problems) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(), Set.of("--extending")); //$NON-NLS-1$
		args.noPositional();
		List<PluginInfo> infos = args.has("--extending") ? PluginInventory.extending() : PluginInventory.all(); //$NON-NLS-1$
		List<Plugin> plugins = infos.stream().map(PluginsCommand::plugin).toList();
		if (context.json()) {
			context.printJson(plugins);
			return 0;
		}
		String[] header = Messages.pluginsHeader.split("\\|"); //$NON-NLS-1$
		int w0 = Math.max(header[0].length(), plugins.stream().mapToInt(p -> p.id().length()).max().orElse(0));
		int w1 = Math.max(header[1].length(), plugins.stream().mapToInt(p -> p.version().length()).max().orElse(0));
		int w3 = Math.max(header[3].length(), plugins.stream().mapToInt(p -> p.vendor().length()).max().orElse(0));
		String format = "%-" + w0 + "s  %-" + w1 + "s  %-11s  %-" + w3 + "s  %s%n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		context.out().printf(format, (Object[]) header);
		for (int i = 0; i < plugins.size(); i++) {
			Plugin p = plugins.get(i);
			String adds = infos.get(i).summary() + (p.problems().isEmpty() ? "" : " [" + String.join("; ", p.problems()) + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			context.out().printf(format, p.id(), p.version(), p.state(), p.vendor(), adds);
		}
		return 0;
	}

	private static Plugin plugin(PluginInfo i) {
		return new Plugin(i.id(), i.name(), i.version(), state(i.osgiState()), i.vendor(), i.contributions(), i.problems());
	}

	private static String state(int state) {
		return switch (state) {
		case Bundle.ACTIVE -> "ACTIVE"; //$NON-NLS-1$
		case Bundle.RESOLVED -> "RESOLVED"; //$NON-NLS-1$
		case Bundle.STARTING -> "STARTING"; //$NON-NLS-1$
		case Bundle.STOPPING -> "STOPPING"; //$NON-NLS-1$
		case Bundle.INSTALLED -> "INSTALLED"; //$NON-NLS-1$
		default -> "UNINSTALLED"; //$NON-NLS-1$
		};
	}
}
