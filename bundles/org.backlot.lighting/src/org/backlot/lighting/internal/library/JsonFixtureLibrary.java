// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.library;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.backlot.lighting.api.FixtureLibrary;
import org.backlot.model.lighting.DimmerCurve;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A fixture library read from a JSON file: {@code {"id", "name", "types": [ ... ]}}, each type an object with
 * {@code id, name, kind} (a {@link FixtureKind} literal) and optionally {@code powerW, lumens, candela, beamAngle,
 * fieldAngle, cct, colour, softWidthM, softHeightM, photometricFile, dimmerCurve}. A type with a bad field is left
 * out and listed in {@link #warnings()}; a file that is not JSON fails as a whole.
 */
public final class JsonFixtureLibrary implements FixtureLibrary {
	private static final String[] NUMBERS = { "powerW", "lumens", "candela", "beamAngle", "fieldAngle", "cct", "softWidthM", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"softHeightM" }; //$NON-NLS-1$
	private final String id;
	private final String name;
	private final List<FixtureType> templates;
	private final List<String> warnings;

	private JsonFixtureLibrary(String id, String name, List<FixtureType> templates, List<String> warnings) {
		this.id = id;
		this.name = name;
		this.templates = templates;
		this.warnings = warnings;
	}

	/**
	 * Reads a library from {@code json}, named {@code source} in messages. {@code id} and {@code name} (from the
	 * contribution) win over the file's own when not null; {@code photometric} turns a photometric file name as
	 * written into the one to store in the type.
	 */
	public static JsonFixtureLibrary parse(String id, String name, String source, Reader json, UnaryOperator<String> photometric)
			throws LibraryException {
		JsonElement root;
		try {
			root = JsonParser.parseReader(json);
		} catch (JsonParseException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			throw new LibraryException(NLS.bind(Messages.badJson, source, cause.getMessage()), e);
		}
		if (!root.isJsonObject() || !root.getAsJsonObject().has("types") || !root.getAsJsonObject().get("types").isJsonArray()) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new LibraryException(NLS.bind(Messages.notALibrary, source));
		}
		JsonObject o = root.getAsJsonObject();
		String libId = id != null ? id : text(o, "id", source); //$NON-NLS-1$
		String libName = name != null ? name : o.has("name") ? text(o, "name", libId) : libId; //$NON-NLS-1$ //$NON-NLS-2$
		List<FixtureType> types = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		JsonArray array = o.getAsJsonArray("types"); //$NON-NLS-1$
		for (int i = 0; i < array.size(); i++) {
			try {
				FixtureType t = type(array.get(i), libId, photometric);
				if (!ids.add(t.getId())) {
					throw new LibraryException(NLS.bind(Messages.duplicateType, t.getId()));
				}
				types.add(t);
			} catch (LibraryException e) {
				warnings.add(NLS.bind(Messages.badEntry, new Object[] { source, i + 1, e.getMessage() }));
			}
		}
		return new JsonFixtureLibrary(libId, libName, List.copyOf(types), List.copyOf(warnings));
	}

	/** Reads a library and closes the reader. */
	public static JsonFixtureLibrary read(String id, String name, String source, Reader json, UnaryOperator<String> photometric)
			throws LibraryException {
		try (Reader r = json) {
			return parse(id, name, source, r, photometric);
		} catch (IOException e) {
			throw new LibraryException(NLS.bind(Messages.cannotRead, source, e.getMessage()), e);
		}
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public List<FixtureType> types() {
		return new ArrayList<>(EcoreUtil.copyAll(templates));
	}

	/** The types left out, each with the reason. */
	public List<String> warnings() {
		return warnings;
	}

	private static FixtureType type(JsonElement e, String libId, UnaryOperator<String> photometric) throws LibraryException {
		if (!e.isJsonObject()) {
			throw new LibraryException(Messages.notAnObject);
		}
		JsonObject o = e.getAsJsonObject();
		FixtureType t = LightingFactory.eINSTANCE.createFixtureType();
		t.setName(required(o, "name")); //$NON-NLS-1$
		String localId = o.has("id") ? text(o, "id", null) : t.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		t.setId(libId + '/' + localId);
		String kind = required(o, "kind"); //$NON-NLS-1$
		FixtureKind k = FixtureKind.get(kind.toUpperCase(Locale.ROOT));
		if (k == null) {
			throw new LibraryException(NLS.bind(Messages.unknownKind, kind, Arrays.toString(FixtureKind.values())));
		}
		t.setKind(k);
		for (String field : NUMBERS) {
			if (o.has(field)) {
				double v = number(o, field);
				t.eSet(t.eClass().getEStructuralFeature(field), v);
			}
		}
		if (!(t.getCandela() > 0)) {
			throw new LibraryException(NLS.bind(Messages.notPositive, "candela", t.getCandela())); //$NON-NLS-1$
		}
		if (t.getBeamAngle() > 0 && t.getFieldAngle() > 0 && t.getFieldAngle() <= t.getBeamAngle()) {
			throw new LibraryException(NLS.bind(Messages.beamField, t.getBeamAngle(), t.getFieldAngle()));
		}
		if (o.has("colour")) { //$NON-NLS-1$
			t.setColour(text(o, "colour", null)); //$NON-NLS-1$
		}
		if (o.has("photometricFile")) { //$NON-NLS-1$
			t.setPhotometricFile(photometric.apply(text(o, "photometricFile", null))); //$NON-NLS-1$
		}
		if (o.has("dimmerCurve")) { //$NON-NLS-1$
			String c = text(o, "dimmerCurve", null).toUpperCase(Locale.ROOT); //$NON-NLS-1$
			DimmerCurve curve = DimmerCurve.get(c) != null ? DimmerCurve.get(c) : DimmerCurve.getByName(c);
			if (curve == null) {
				throw new LibraryException(NLS.bind(Messages.unknownCurve, c, Arrays.toString(DimmerCurve.values())));
			}
			t.setDimmerCurve(curve);
		}
		return t;
	}

	private static String required(JsonObject o, String field) throws LibraryException {
		if (!o.has(field) || o.get(field).isJsonNull()) {
			throw new LibraryException(NLS.bind(Messages.missing, field));
		}
		return text(o, field, null);
	}

	private static String text(JsonObject o, String field, String fallback) throws LibraryException {
		JsonElement v = o.get(field);
		if (v == null || v.isJsonNull()) {
			if (fallback != null) {
				return fallback;
			}
			throw new LibraryException(NLS.bind(Messages.missing, field));
		}
		if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString() || v.getAsString().isBlank()) {
			throw new LibraryException(NLS.bind(Messages.notAString, field, v));
		}
		return v.getAsString().trim();
	}

	private static double number(JsonObject o, String field) throws LibraryException {
		JsonElement v = o.get(field);
		if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || !Double.isFinite(v.getAsDouble())) {
			throw new LibraryException(NLS.bind(Messages.notANumber, field, v));
		}
		double d = v.getAsDouble();
		if (d < 0) {
			throw new LibraryException(NLS.bind(Messages.negative, field, d));
		}
		return d;
	}
}
