// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.testing;

import java.nio.file.Path;

import org.backlot.ui.api.ProductionDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A UI test on the sample production: a quiet workbench before, every editor closed after, the sample in a fresh folder. */
public abstract class SampleTestCase {
	/** The folder the sample is written to. */
	@TempDir
	protected Path dir;
	private final String perspective;

	/** A test that opens the sample in this perspective. */
	protected SampleTestCase(String perspective) {
		this.perspective = perspective;
	}

	@BeforeEach
	void quiet() {
		WorkbenchTests.settle();
	}

	@AfterEach
	void close() {
		WorkbenchTests.page().closeAllEditors(false);
		WorkbenchTests.drain();
	}

	/** Opens the sample in the test's perspective. */
	protected ProductionDocument openSample() throws Exception {
		return WorkbenchTests.openSample(dir, perspective);
	}
}
