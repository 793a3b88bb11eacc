// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backlot.core.api.Contributions;
import org.backlot.core.api.Languages;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * The installed plugins and what each adds: its contributions to Backlot's extension points and to the workbench's
 * user-visible ones (perspectives, views, editors, wizards, preference pages), named as the user sees them, and the
 * contributions Backlot reported as broken. Used by the Plugins dialog and {@code backlot cli plugins}.
 */
public final class PluginInventory {
	/** Workbench points whose contributions a user sees, shown beside Backlot's own, named in the user's language (the platform's own labels are English only). */
	private static final Map<String, String> WORKBENCH_POINTS = Map.of("org.eclipse.ui.perspectives", Messages.pointPerspectives, //$NON-NLS-1$
			"org.eclipse.ui.views", Messages.pointViews, "org.eclipse.ui.editors", Messages.pointEditors, //$NON-NLS-1$ //$NON-NLS-2$
			"org.eclipse.ui.newWizards", Messages.pointNewWizards, "org.eclipse.ui.importWizards", Messages.pointImportWizards, //$NON-NLS-1$ //$NON-NLS-2$
			"org.eclipse.ui.exportWizards", Messages.pointExportWizards, "org.eclipse.ui.preferencePages", Messages.pointPreferencePages); //$NON-NLS-1$ //$NON-NLS-2$
	private static final String BACKLOT = "org.backlot."; //$NON-NLS-1$
	private static final int MAX_ITEMS = 12;

	private PluginInventory() {
	}

	/** Every installed plugin except the framework itself, by id. */
	public static List<PluginInfo> all() {
		BundleContext context = FrameworkUtil.getBundle(PluginInventory.class).getBundleContext();
		Map<String, List<String>> problems = Contributions.problemsByPlugin();
		List<PluginInfo> out = new ArrayList<>();
		for (Bundle b : context.getBundles()) {
			if (b.getBundleId() != 0) {
				out.add(describe(b, Platform.getExtensionRegistry(), problems.getOrDefault(b.getSymbolicName(), List.of())));
			}
		}
		out.sort(Comparator.comparing(PluginInfo::id));
		return out;
	}

	/** The plugins that are part of Backlot or extend it (the list an admin looks at first). */
	public static List<PluginInfo> extending() {
		return all().stream().filter(p -> p.backlot() || p.extendsBacklot() || !p.problems().isEmpty()).toList();
	}

	/** One plugin, with its contributions read from the registry. */
	public static PluginInfo describe(Bundle bundle, IExtensionRegistry registry, List<String> problems) {
		String id = bundle.getSymbolicName();
		Map<String, PluginInfo.Contribution> byPoint = new LinkedHashMap<>();
		int other = 0;
		IExtension[] extensions = registry == null ? new IExtension[0] : registry.getExtensions(ContributorFactoryOSGi.createContributor(bundle));
		for (IExtension e : extensions) {
			String point = e.getExtensionPointUniqueIdentifier();
			if (!point.startsWith(BACKLOT) && !WORKBENCH_POINTS.containsKey(point)) {
				other++;
				continue;
			}
			PluginInfo.Contribution c = byPoint.computeIfAbsent(point, p -> new PluginInfo.Contribution(p, pointLabel(registry, p), new ArrayList<>()));
			for (IConfigurationElement element : e.getConfigurationElements()) {
				if (c.items().size() < MAX_ITEMS) {
					c.items().add(itemLabel(element));
				}
			}
		}
		List<PluginInfo.Contribution> contributions = new ArrayList<>(byPoint.values());
		contributions.sort(Comparator.comparing((PluginInfo.Contribution c) -> !c.point().startsWith(BACKLOT)).thenComparing(PluginInfo.Contribution::label));
		String name = header(bundle, Constants.BUNDLE_NAME, id);
		return new PluginInfo(id, name, header(bundle, Constants.BUNDLE_VENDOR, ""), bundle.getVersion().toString(), //$NON-NLS-1$
				stateLabel(bundle.getState()), bundle.getState(), id.startsWith(BACKLOT), List.copyOf(contributions), other,
				List.copyOf(problems));
	}

	/** A contribution's name as a user reads it: its name or label, else its id, else its class's simple name. */
	static String itemLabel(IConfigurationElement element) {
		String zh = element.getAttribute("nameZh"); //$NON-NLS-1$
		if (zh != null && !zh.isBlank() && Languages.chinese()) {
			return zh; // contributions that carry both names, as authorities do
		}
		for (String attribute : List.of("name", "label", "id")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String v = element.getAttribute(attribute);
			if (v != null && !v.isBlank()) {
				return v;
			}
		}
		String cls = element.getAttribute("class"); //$NON-NLS-1$
		return cls != null ? cls.substring(cls.lastIndexOf('.') + 1) : element.getName();
	}

	private static String pointLabel(IExtensionRegistry registry, String point) {
		String own = WORKBENCH_POINTS.get(point);
		if (own != null) {
			return own;
		}
		IExtensionPoint p = registry.getExtensionPoint(point);
		String label = p == null ? null : p.getLabel();
		return label == null || label.isBlank() ? point : label;
	}

	private static String header(Bundle bundle, String name, String fallback) {
		String v = bundle.getHeaders().get(name);
		return v == null || v.isBlank() ? fallback : v;
	}

	/** A word for an OSGi bundle state in the user's language. */
	public static String stateLabel(int state) {
		return switch (state) {
		case Bundle.ACTIVE -> Messages.stateActive;
		case Bundle.RESOLVED -> Messages.stateResolved;
		case Bundle.STARTING -> Messages.stateStarting;
		case Bundle.STOPPING -> Messages.stateStopping;
		case Bundle.INSTALLED -> Messages.stateInstalled;
		default -> Messages.stateUninstalled;
		};
	}
}
