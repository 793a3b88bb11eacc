/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Gel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Colour correction gels.
 * <!-- end-model-doc -->
 * @see org.backlot.model.lighting.LightingPackage#getGel()
 * @model
 * @generated
 */
public enum Gel implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>CTO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTO_VALUE
	 * @generated
	 * @ordered
	 */
	CTO(1, "CTO", "CTO"),

	/**
	 * The '<em><b>HALF CTO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HALF_CTO_VALUE
	 * @generated
	 * @ordered
	 */
	HALF_CTO(2, "HALF_CTO", "HALF_CTO"),

	/**
	 * The '<em><b>QUARTER CTO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTER_CTO_VALUE
	 * @generated
	 * @ordered
	 */
	QUARTER_CTO(3, "QUARTER_CTO", "QUARTER_CTO"),

	/**
	 * The '<em><b>CTB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTB_VALUE
	 * @generated
	 * @ordered
	 */
	CTB(4, "CTB", "CTB"),

	/**
	 * The '<em><b>HALF CTB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HALF_CTB_VALUE
	 * @generated
	 * @ordered
	 */
	HALF_CTB(5, "HALF_CTB", "HALF_CTB"),

	/**
	 * The '<em><b>QUARTER CTB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTER_CTB_VALUE
	 * @generated
	 * @ordered
	 */
	QUARTER_CTB(6, "QUARTER_CTB", "QUARTER_CTB"),

	/**
	 * The '<em><b>PLUS GREEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLUS_GREEN_VALUE
	 * @generated
	 * @ordered
	 */
	PLUS_GREEN(7, "PLUS_GREEN", "PLUS_GREEN"),

	/**
	 * The '<em><b>MINUS GREEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINUS_GREEN_VALUE
	 * @generated
	 * @ordered
	 */
	MINUS_GREEN(8, "MINUS_GREEN", "MINUS_GREEN");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>CTO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CTO_VALUE = 1;

	/**
	 * The '<em><b>HALF CTO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HALF_CTO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HALF_CTO_VALUE = 2;

	/**
	 * The '<em><b>QUARTER CTO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTER_CTO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUARTER_CTO_VALUE = 3;

	/**
	 * The '<em><b>CTB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CTB_VALUE = 4;

	/**
	 * The '<em><b>HALF CTB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HALF_CTB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HALF_CTB_VALUE = 5;

	/**
	 * The '<em><b>QUARTER CTB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTER_CTB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUARTER_CTB_VALUE = 6;

	/**
	 * The '<em><b>PLUS GREEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLUS_GREEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLUS_GREEN_VALUE = 7;

	/**
	 * The '<em><b>MINUS GREEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINUS_GREEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINUS_GREEN_VALUE = 8;

	/**
	 * An array of all the '<em><b>Gel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Gel[] VALUES_ARRAY =
		new Gel[] {
			NONE,
			CTO,
			HALF_CTO,
			QUARTER_CTO,
			CTB,
			HALF_CTB,
			QUARTER_CTB,
			PLUS_GREEN,
			MINUS_GREEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Gel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Gel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Gel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Gel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Gel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Gel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Gel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Gel get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case CTO_VALUE: return CTO;
			case HALF_CTO_VALUE: return HALF_CTO;
			case QUARTER_CTO_VALUE: return QUARTER_CTO;
			case CTB_VALUE: return CTB;
			case HALF_CTB_VALUE: return HALF_CTB;
			case QUARTER_CTB_VALUE: return QUARTER_CTB;
			case PLUS_GREEN_VALUE: return PLUS_GREEN;
			case MINUS_GREEN_VALUE: return MINUS_GREEN;
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
	private Gel(int value, String name, String literal) {
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
	
} //Gel
