// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import java.util.ArrayList;
import java.util.List;

import org.backlot.model.production.ProductionPackage;
import org.backlot.model.studio.StudioPackage;
import org.backlot.studio.api.Registers.Kind;
import org.backlot.studio.internal.registers.Column.Type;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The columns of each register, in file order. Column names are the model's
 * feature names, so they stay stable; {@code key} columns identify a record
 * when a row has no id, {@code required} columns must not be empty.
 */
public record Schema(Kind kind, EClass eClass, EReference list, List<Column> columns, List<String> key, List<String> required) {
	/** The first column of every register: the record's stable id. */
	public static final String ID = "id"; //$NON-NLS-1$
	private static final StudioPackage S = StudioPackage.eINSTANCE;

	/** The register's schema. */
	public static Schema of(Kind kind) {
		return switch (kind) {
			case INVENTORY -> make(kind, S.getInventoryItem(), S.getStudio_Inventory(), List.of("code"), List.of("code"), //$NON-NLS-1$ //$NON-NLS-2$
					"code", "nameZh", "nameEn", "kind", "period", "style", "size", "colour", "condition", "quantity", "tags", "photoPath"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			case EXTRAS -> make(kind, S.getExtra(), S.getStudio_Extras(), List.of("code"), List.of("code", "name"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"code", "name", "gender", "birthYear", "heightCm", "looks", "skills", "languages", "unavailable", "photoPath"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			case APARTMENTS -> make(kind, S.getApartment(), S.getStudio_Apartments(), List.of("building", "unit"), List.of("building", "unit"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"building", "unit", "floor", "beds", "features"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			case STAGES -> make(kind, S.getStage(), S.getStudio_Stages(), List.of("number"), List.of("number"), //$NON-NLS-1$ //$NON-NLS-2$
					"number", "name", "nameZh", "areaM2", "heightM", "ledVolume", "ledWallWidthM", "ledWallHeightM", "powerKw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			case LOCATIONS -> make(kind, S.getLocation(), S.getStudio_Locations(), List.of("name"), List.of("name"), //$NON-NLS-1$ //$NON-NLS-2$
					"name", "nameZh", "address", "latitude", "longitude", "type", "road", "landmark", "owner", "ownerContact", "parking", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
					"baseCamp", "power", "nearestHospital", "panoramas", "unavailable"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			case ASSETS -> make(kind, S.getDigitalAsset(), S.getStudio_Assets(), List.of("name"), List.of("name", "kind"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"name", "nameZh", "kind", "person", "rightsHolder", "rights", "scanned", "expires", "preview", "files"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
		};
	}

	/** The column of that name (case and surrounding space ignored), or null. */
	public Column column(String name) {
		for (Column c : columns) {
			if (c.name().equalsIgnoreCase(name.strip())) {
				return c;
			}
		}
		return null;
	}

	/** The column names in file order. */
	public List<String> names() {
		return columns.stream().map(Column::name).toList();
	}

	private static Schema make(Kind kind, EClass c, EReference list, List<String> key, List<String> required, String... names) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(ID, ProductionPackage.Literals.IDENTIFIED__ID, Type.TEXT));
		for (String n : names) {
			EStructuralFeature f = c.getEStructuralFeature(n);
			if (f == null) {
				throw new IllegalArgumentException(c.getName() + "." + n); //$NON-NLS-1$
			}
			columns.add(new Column(n, f, type(f)));
		}
		return new Schema(kind, c, list, List.copyOf(columns), key, required);
	}

	private static Type type(EStructuralFeature f) {
		if (f instanceof EReference) {
			return Type.RANGES;
		}
		if (f.isMany()) {
			return Type.LIST;
		}
		if (f.getEType() instanceof EEnum) {
			return Type.CHOICE;
		}
		Class<?> t = ((EAttribute) f).getEAttributeType().getInstanceClass();
		if (t == int.class || t == Integer.class) {
			return Type.INT;
		}
		if (t == double.class || t == Double.class) {
			return Type.DECIMAL;
		}
		if (t == boolean.class || t == Boolean.class) {
			return Type.YES_NO;
		}
		return t == java.util.Date.class ? Type.DATE : Type.TEXT;
	}
}
