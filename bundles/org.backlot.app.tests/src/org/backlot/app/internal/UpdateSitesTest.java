// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.junit.jupiter.api.Test;

/** The update site Backlot was installed from becomes a site that Check for Updates looks at. */
class UpdateSitesTest {

	@Test
	void readsACommaSeparatedListAndSkipsMalformedEntries() {
		assertEquals(List.of(URI.create("file:/opt/backlot/site"), URI.create("https://example.org/backlot")),
				UpdateSites.configured(" file:/opt/backlot/site , https://example.org/backlot,, a b"));
		assertEquals(List.of(), UpdateSites.configured(null));
		assertEquals(List.of(), UpdateSites.configured("  "));
	}

	@Test
	void registersTheConfiguredSiteWithP2Once() {
		URI site = URI.create("file:/tmp/backlot-test-update-site-" + System.nanoTime() + "/"); // p2 remembers sites across runs
		System.setProperty(UpdateSites.PROPERTY, site.toString());
		try {
			assertEquals(List.of(site), UpdateSites.register());
			ProvisioningUI ui = ProvisioningUI.getDefaultUI();
			assertTrue(Arrays.asList(ui.getRepositoryTracker().getKnownRepositories(ui.getSession())).contains(site));
			assertEquals(List.of(), UpdateSites.register(), "a known site is not added twice");
		} finally {
			System.clearProperty(UpdateSites.PROPERTY);
		}
	}
}
