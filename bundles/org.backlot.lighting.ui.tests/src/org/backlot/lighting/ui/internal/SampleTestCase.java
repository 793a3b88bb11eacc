// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;

/** A UI test on the sample production, opened in the Previs Lighting perspective. */
public abstract class SampleTestCase extends org.backlot.ui.testing.SampleTestCase {
	/** A test of the Previs Lighting perspective. */
	protected SampleTestCase() {
		super(LightingUi.PERSPECTIVE);
	}

	@AfterEach
	void hideGhosts() {
		PreviewFeed.get().showGhosts(List.of());
	}
}
