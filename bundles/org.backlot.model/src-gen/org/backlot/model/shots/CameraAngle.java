/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Camera Angle</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Camera angle.
 * <!-- end-model-doc -->
 * @see org.backlot.model.shots.ShotsPackage#getCameraAngle()
 * @model
 * @generated
 */
public enum CameraAngle implements Enumerator {
	/**
	 * The '<em><b>EYE LEVEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EYE_LEVEL_VALUE
	 * @generated
	 * @ordered
	 */
	EYE_LEVEL(0, "EYE_LEVEL", "EYE_LEVEL"),

	/**
	 * The '<em><b>HIGH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGH_VALUE
	 * @generated
	 * @ordered
	 */
	HIGH(1, "HIGH", "HIGH"),

	/**
	 * The '<em><b>LOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOW_VALUE
	 * @generated
	 * @ordered
	 */
	LOW(2, "LOW", "LOW"),

	/**
	 * The '<em><b>OVERHEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERHEAD_VALUE
	 * @generated
	 * @ordered
	 */
	OVERHEAD(3, "OVERHEAD", "OVERHEAD"),

	/**
	 * The '<em><b>DUTCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUTCH_VALUE
	 * @generated
	 * @ordered
	 */
	DUTCH(4, "DUTCH", "DUTCH"),

	/**
	 * The '<em><b>POV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POV_VALUE
	 * @generated
	 * @ordered
	 */
	POV(5, "POV", "POV");

	/**
	 * The '<em><b>EYE LEVEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EYE_LEVEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EYE_LEVEL_VALUE = 0;

	/**
	 * The '<em><b>HIGH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HIGH_VALUE = 1;

	/**
	 * The '<em><b>LOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOW_VALUE = 2;

	/**
	 * The '<em><b>OVERHEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERHEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OVERHEAD_VALUE = 3;

	/**
	 * The '<em><b>DUTCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUTCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DUTCH_VALUE = 4;

	/**
	 * The '<em><b>POV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POV_VALUE = 5;

	/**
	 * An array of all the '<em><b>Camera Angle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CameraAngle[] VALUES_ARRAY =
		new CameraAngle[] {
			EYE_LEVEL,
			HIGH,
			LOW,
			OVERHEAD,
			DUTCH,
			POV,
		};

	/**
	 * A public read-only list of all the '<em><b>Camera Angle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CameraAngle> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Camera Angle</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CameraAngle get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CameraAngle result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Camera Angle</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CameraAngle getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CameraAngle result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Camera Angle</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CameraAngle get(int value) {
		switch (value) {
			case EYE_LEVEL_VALUE: return EYE_LEVEL;
			case HIGH_VALUE: return HIGH;
			case LOW_VALUE: return LOW;
			case OVERHEAD_VALUE: return OVERHEAD;
			case DUTCH_VALUE: return DUTCH;
			case POV_VALUE: return POV;
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
	private CameraAngle(int value, String name, String literal) {
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
	
} //CameraAngle
