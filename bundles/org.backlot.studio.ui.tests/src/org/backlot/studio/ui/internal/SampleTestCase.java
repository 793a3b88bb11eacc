// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal;

/** A UI test on the sample production, opened in the Studio perspective. */
public abstract class SampleTestCase extends org.backlot.ui.testing.SampleTestCase {
	/** A test of the Studio perspective. */
	protected SampleTestCase() {
		super(StudioUi.PERSPECTIVE);
	}
}
