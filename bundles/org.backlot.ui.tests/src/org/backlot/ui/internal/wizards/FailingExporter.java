// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import java.io.IOException;
import java.io.OutputStream;

import org.backlot.core.api.Exporter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

/** A studio format contributed by the test fragment that writes a little and then fails like a buggy plugin. */
public class FailingExporter implements Exporter {
	@Override
	public void write(EObject root, OutputStream out, IProgressMonitor monitor) throws IOException {
		out.write('{');
		throw new IllegalStateException("the test exporter is broken");
	}
}
