// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.backlot.core.api.Exporter;
import org.backlot.core.api.ModelSummary;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

import com.google.gson.stream.JsonWriter;

/**
 * The counts and key facts of a production or studio ({@link ModelSummary}, what
 * {@code backlot cli info --json} prints) as a small JSON report, contributed as {@code summary}.
 */
public class SummaryExporter implements Exporter {
	@Override
	public void write(EObject root, OutputStream out, IProgressMonitor monitor) throws IOException {
		monitor.beginTask(null, 1);
		try (JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
			json.setIndent("  "); //$NON-NLS-1$
			json.beginObject();
			for (Map.Entry<String, Object> e : ModelSummary.of(root).entrySet()) {
				json.name(e.getKey());
				if (e.getValue() instanceof Number n) {
					json.value(n);
				} else if (e.getValue() instanceof Boolean b) {
					json.value(b.booleanValue());
				} else {
					json.value(String.valueOf(e.getValue()));
				}
			}
			json.endObject();
		}
		monitor.done();
	}
}
