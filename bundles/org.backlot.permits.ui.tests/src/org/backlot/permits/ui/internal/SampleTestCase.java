// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal;

/** A UI test on the sample production, opened in the Permits perspective. */
public abstract class SampleTestCase extends org.backlot.ui.testing.SampleTestCase {
	/** A test of the Permits perspective. */
	protected SampleTestCase() {
		super(PermitsUi.PERSPECTIVE);
	}
}
