// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.io.IOException;
import java.io.Writer;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a production or studio as JSON: each object with its type, its set
 * attributes, its contained objects nested, and references to other objects
 * as their ids (with the file for objects in another file).
 */
public final class JsonExport {
	private JsonExport() {
	}

	/** Writes the object and its contents. */
	public static void write(EObject root, Writer out) throws IOException {
		try (JsonWriter json = new JsonWriter(out)) {
			json.setIndent("  "); //$NON-NLS-1$
			object(root, json);
		}
	}

	private static void object(EObject o, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("type").value(o.eClass().getEPackage().getName() + "." + o.eClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
		for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
			if (f.isTransient() || f.isDerived() || !o.eIsSet(f)) {
				continue;
			}
			json.name(f.getName());
			Object value = o.eGet(f);
			if (f.isMany()) {
				json.beginArray();
				for (Object v : (List<?>) value) {
					value(o, f, v, json);
				}
				json.endArray();
			} else {
				value(o, f, value, json);
			}
		}
		json.endObject();
	}

	private static void value(EObject owner, EStructuralFeature f, Object v, JsonWriter json) throws IOException {
		if (f instanceof EReference r && r.isContainment()) {
			object((EObject) v, json);
		} else if (f instanceof EReference) {
			json.value(reference(owner, (EObject) v));
		} else if (v instanceof Number n) {
			json.value(n);
		} else if (v instanceof Boolean b) {
			json.value(b.booleanValue());
		} else if (v instanceof Date d) {
			json.value(d.toInstant().toString());
		} else if (v instanceof Enumerator e) {
			json.value(e.getLiteral());
		} else if (f instanceof EAttribute a) {
			json.value(EcoreUtil.convertToString(a.getEAttributeType(), v));
		}
	}

	private static String reference(EObject owner, EObject target) {
		String id = EcoreUtil.getID(target);
		if (id == null && target.eResource() != null) {
			id = target.eResource().getURIFragment(target);
		}
		if (target.eResource() != null && owner.eResource() != null && target.eResource() != owner.eResource()) {
			return target.eResource().getURI().lastSegment() + "#" + id; //$NON-NLS-1$
		}
		return id;
	}
}
