/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.production;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What kind of work is produced.
 * <!-- end-model-doc -->
 * @see org.backlot.model.production.ProductionPackage#getProductionFormat()
 * @model
 * @generated
 */
public enum ProductionFormat implements Enumerator {
	/**
	 * The '<em><b>FEATURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEATURE_VALUE
	 * @generated
	 * @ordered
	 */
	FEATURE(0, "FEATURE", "FEATURE"),

	/**
	 * The '<em><b>SERIES EPISODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIES_EPISODE_VALUE
	 * @generated
	 * @ordered
	 */
	SERIES_EPISODE(1, "SERIES_EPISODE", "SERIES_EPISODE"),

	/**
	 * The '<em><b>SHORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORT_VALUE
	 * @generated
	 * @ordered
	 */
	SHORT(2, "SHORT", "SHORT"),

	/**
	 * The '<em><b>COMMERCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMERCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	COMMERCIAL(3, "COMMERCIAL", "COMMERCIAL"),

	/**
	 * The '<em><b>MUSIC VIDEO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUSIC_VIDEO_VALUE
	 * @generated
	 * @ordered
	 */
	MUSIC_VIDEO(4, "MUSIC_VIDEO", "MUSIC_VIDEO"),

	/**
	 * The '<em><b>DOCUMENTARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENTARY_VALUE
	 * @generated
	 * @ordered
	 */
	DOCUMENTARY(5, "DOCUMENTARY", "DOCUMENTARY"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER");

	/**
	 * The '<em><b>FEATURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEATURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEATURE_VALUE = 0;

	/**
	 * The '<em><b>SERIES EPISODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIES_EPISODE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERIES_EPISODE_VALUE = 1;

	/**
	 * The '<em><b>SHORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHORT_VALUE = 2;

	/**
	 * The '<em><b>COMMERCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMERCIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMERCIAL_VALUE = 3;

	/**
	 * The '<em><b>MUSIC VIDEO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUSIC_VIDEO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MUSIC_VIDEO_VALUE = 4;

	/**
	 * The '<em><b>DOCUMENTARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENTARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOCUMENTARY_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProductionFormat[] VALUES_ARRAY =
		new ProductionFormat[] {
			FEATURE,
			SERIES_EPISODE,
			SHORT,
			COMMERCIAL,
			MUSIC_VIDEO,
			DOCUMENTARY,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProductionFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductionFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductionFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductionFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductionFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductionFormat get(int value) {
		switch (value) {
			case FEATURE_VALUE: return FEATURE;
			case SERIES_EPISODE_VALUE: return SERIES_EPISODE;
			case SHORT_VALUE: return SHORT;
			case COMMERCIAL_VALUE: return COMMERCIAL;
			case MUSIC_VIDEO_VALUE: return MUSIC_VIDEO;
			case DOCUMENTARY_VALUE: return DOCUMENTARY;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ProductionFormat(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ProductionFormat
