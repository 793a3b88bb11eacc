// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** {@code backlot cli plugins}: lists the installed plugins with their version and state. */
public class PluginsCommand implements CliCommand {

	/** One installed plugin as printed. */
	record Plugin(String id, String version, String state, String vendor) {
	}

	@Override
	public int run(CliContext context) throws CliException {
		context.positional();
		List<Plugin> plugins = list();
		if (context.json()) {
			context.printJson(plugins);
			return 0;
		}
		String[] header = Messages.pluginsHeader.split("\\|"); //$NON-NLS-1$
		int w0 = Math.max(header[0].length(), plugins.stream().mapToInt(p -> p.id().length()).max().orElse(0));
		int w1 = Math.max(header[1].length(), plugins.stream().mapToInt(p -> p.version().length()).max().orElse(0));
		String format = "%-" + w0 + "s  %-" + w1 + "s  %-9s  %s%n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		context.out().printf(format, (Object[]) header);
		for (Plugin p : plugins) {
			context.out().printf(format, p.id(), p.version(), p.state(), p.vendor());
		}
		return 0;
	}

	static List<Plugin> list() {
		List<Plugin> result = new ArrayList<>();
		for (Bundle b : FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext().getBundles()) {
			if (b.getBundleId() == 0) {
				continue;
			}
			String vendor = b.getHeaders().get("Bundle-Vendor"); //$NON-NLS-1$
			result.add(new Plugin(b.getSymbolicName(), b.getVersion().toString(), state(b.getState()), vendor == null ? "" : vendor)); //$NON-NLS-1$
		}
		result.sort(Comparator.comparing(Plugin::id));
		return result;
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
