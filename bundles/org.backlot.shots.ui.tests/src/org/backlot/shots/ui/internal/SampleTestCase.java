// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal;

/** A UI test on the sample production, opened in the Shot Planning perspective. */
public abstract class SampleTestCase extends org.backlot.ui.testing.SampleTestCase {
	/** A test of the Shot Planning perspective. */
	protected SampleTestCase() {
		super(ShotsUi.PERSPECTIVE);
	}
}
