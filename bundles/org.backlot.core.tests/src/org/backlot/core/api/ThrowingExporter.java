// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.backlot.model.production.Production;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

/**
 * An exporter contributed by the test fragment that writes half a file, then
 * fails: with an IOException for a production titled "Disk full", with a bug otherwise.
 */
public class ThrowingExporter implements Exporter {
	@Override
	public void write(EObject root, OutputStream out, IProgressMonitor monitor) throws IOException {
		out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
		if (root instanceof Production p && "Disk full".equals(p.getTitle())) {
			throw new IOException("no space left on the export disk");
		}
		throw new IllegalStateException("a broken exporter");
	}
}
