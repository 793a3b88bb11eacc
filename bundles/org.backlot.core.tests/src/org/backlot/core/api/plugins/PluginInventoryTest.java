// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backlot.core.api.Contributions;
import org.backlot.core.api.Exporter;
import org.backlot.core.api.ModelCheck;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The plugin list an admin reads: who made each plugin and what it adds, from the running registry. */
class PluginInventoryTest {

	private static PluginInfo find(List<PluginInfo> list, String id) {
		return list.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not listed"));
	}

	@Test
	void describesBacklotsOwnPluginsWithWhatTheyAdd() {
		PluginInfo core = find(PluginInventory.all(), "org.backlot.core");
		assertEquals("Backlot", core.vendor());
		assertTrue(core.backlot());
		assertEquals(Platform.getBundle("org.backlot.core").getVersion().toString(), core.version());
		PluginInfo.Contribution exporters = core.contributions().stream().filter(c -> c.point().equals(Exporter.EXTENSION_POINT)).findFirst()
				.orElseThrow(() -> new AssertionError(core.contributions().toString()));
		assertTrue(exporters.items().contains("Backlot JSON"), "its formats are named: " + exporters.items());
		assertFalse(exporters.label().equals(exporters.point()), "the point is named as users read it: " + exporters.label());
	}

	@Test
	void theExtendingListLeavesOutLibrariesButAllKeepsThem() {
		List<PluginInfo> all = PluginInventory.all();
		List<PluginInfo> extending = PluginInventory.extending();
		assertTrue(extending.size() < all.size());
		assertTrue(extending.stream().noneMatch(p -> p.id().equals("org.eclipse.osgi")));
		assertTrue(extending.stream().allMatch(p -> p.backlot() || p.extendsBacklot() || !p.problems().isEmpty()));
		find(extending, "org.backlot.core");
		find(all, "org.eclipse.core.runtime");
	}

	@Test
	void aBrokenContributionIsListedAgainstItsPlugin() {
		IConfigurationElement element = Platform.getExtensionRegistry().getConfigurationElementsFor(ModelCheck.EXTENSION_POINT)[0];
		String plugin = element.getContributor().getName();
		Contributions.reportBroken(element, "plugin inventory test problem");
		PluginInfo info = PluginInventory.describe(Platform.getBundle(plugin), Platform.getExtensionRegistry(),
				Contributions.problemsByPlugin().getOrDefault(plugin, List.of()));
		assertTrue(info.problems().stream().anyMatch(p -> p.contains("plugin inventory test problem") && p.contains(plugin)), info.problems().toString());
		Contributions.takeProblems();
	}

	@Test
	void statesAreWordsAndActiveIsKnown() {
		PluginInfo core = find(PluginInventory.all(), "org.backlot.core");
		assertEquals(Bundle.ACTIVE, core.osgiState());
		assertTrue(core.active());
		assertEquals(PluginInventory.stateLabel(Bundle.ACTIVE), core.state());
		assertFalse(PluginInventory.stateLabel(Bundle.RESOLVED).equals(PluginInventory.stateLabel(Bundle.ACTIVE)));
	}
}
