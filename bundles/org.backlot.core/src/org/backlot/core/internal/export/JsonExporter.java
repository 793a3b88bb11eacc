// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.backlot.core.api.Exporter;
import org.backlot.core.api.JsonExport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

/** Backlot's own JSON format ({@link JsonExport}), contributed to {@value Exporter#EXTENSION_POINT} as {@code json}. */
public class JsonExporter implements Exporter {
	@Override
	public void write(EObject root, OutputStream out, IProgressMonitor monitor) throws IOException {
		monitor.beginTask(null, 1);
		JsonExport.write(root, new OutputStreamWriter(out, StandardCharsets.UTF_8));
		monitor.done();
	}
}
