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
 * A representation of the literals of the enumeration '<em><b>Shot Size</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Framing.
 * <!-- end-model-doc -->
 * @see org.backlot.model.shots.ShotsPackage#getShotSize()
 * @model
 * @generated
 */
public enum ShotSize implements Enumerator {
	/**
	 * The '<em><b>EWS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EWS_VALUE
	 * @generated
	 * @ordered
	 */
	EWS(0, "EWS", "EWS"),

	/**
	 * The '<em><b>WS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WS_VALUE
	 * @generated
	 * @ordered
	 */
	WS(1, "WS", "WS"),

	/**
	 * The '<em><b>MS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MS_VALUE
	 * @generated
	 * @ordered
	 */
	MS(2, "MS", "MS"),

	/**
	 * The '<em><b>MCU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MCU_VALUE
	 * @generated
	 * @ordered
	 */
	MCU(3, "MCU", "MCU"),

	/**
	 * The '<em><b>CU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CU_VALUE
	 * @generated
	 * @ordered
	 */
	CU(4, "CU", "CU"),

	/**
	 * The '<em><b>ECU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECU_VALUE
	 * @generated
	 * @ordered
	 */
	ECU(5, "ECU", "ECU"),

	/**
	 * The '<em><b>INSERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSERT_VALUE
	 * @generated
	 * @ordered
	 */
	INSERT(6, "INSERT", "INSERT");

	/**
	 * The '<em><b>EWS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EWS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EWS_VALUE = 0;

	/**
	 * The '<em><b>WS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WS_VALUE = 1;

	/**
	 * The '<em><b>MS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MS_VALUE = 2;

	/**
	 * The '<em><b>MCU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MCU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MCU_VALUE = 3;

	/**
	 * The '<em><b>CU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CU_VALUE = 4;

	/**
	 * The '<em><b>ECU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECU_VALUE = 5;

	/**
	 * The '<em><b>INSERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSERT_VALUE = 6;

	/**
	 * An array of all the '<em><b>Shot Size</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ShotSize[] VALUES_ARRAY =
		new ShotSize[] {
			EWS,
			WS,
			MS,
			MCU,
			CU,
			ECU,
			INSERT,
		};

	/**
	 * A public read-only list of all the '<em><b>Shot Size</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ShotSize> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Shot Size</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ShotSize get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ShotSize result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Shot Size</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ShotSize getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ShotSize result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Shot Size</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ShotSize get(int value) {
		switch (value) {
			case EWS_VALUE: return EWS;
			case WS_VALUE: return WS;
			case MS_VALUE: return MS;
			case MCU_VALUE: return MCU;
			case CU_VALUE: return CU;
			case ECU_VALUE: return ECU;
			case INSERT_VALUE: return INSERT;
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
	private ShotSize(int value, String name, String literal) {
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
	
} //ShotSize
