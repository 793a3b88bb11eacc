/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Time Of Day</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Time of day from the scene heading.
 * <!-- end-model-doc -->
 * @see org.backlot.model.script.ScriptPackage#getTimeOfDay()
 * @model
 * @generated
 */
public enum TimeOfDay implements Enumerator {
	/**
	 * The '<em><b>DAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_VALUE
	 * @generated
	 * @ordered
	 */
	DAY(0, "DAY", "DAY"),

	/**
	 * The '<em><b>NIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	NIGHT(1, "NIGHT", "NIGHT"),

	/**
	 * The '<em><b>DAWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAWN_VALUE
	 * @generated
	 * @ordered
	 */
	DAWN(2, "DAWN", "DAWN"),

	/**
	 * The '<em><b>DUSK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUSK_VALUE
	 * @generated
	 * @ordered
	 */
	DUSK(3, "DUSK", "DUSK"),

	/**
	 * The '<em><b>MORNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MORNING_VALUE
	 * @generated
	 * @ordered
	 */
	MORNING(4, "MORNING", "MORNING"),

	/**
	 * The '<em><b>EVENING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENING_VALUE
	 * @generated
	 * @ordered
	 */
	EVENING(5, "EVENING", "EVENING"),

	/**
	 * The '<em><b>CONTINUOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUOUS_VALUE
	 * @generated
	 * @ordered
	 */
	CONTINUOUS(6, "CONTINUOUS", "CONTINUOUS"),

	/**
	 * The '<em><b>LATER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATER_VALUE
	 * @generated
	 * @ordered
	 */
	LATER(7, "LATER", "LATER"),

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(8, "UNSPECIFIED", "UNSPECIFIED");

	/**
	 * The '<em><b>DAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DAY_VALUE = 0;

	/**
	 * The '<em><b>NIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIGHT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NIGHT_VALUE = 1;

	/**
	 * The '<em><b>DAWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DAWN_VALUE = 2;

	/**
	 * The '<em><b>DUSK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUSK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DUSK_VALUE = 3;

	/**
	 * The '<em><b>MORNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MORNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MORNING_VALUE = 4;

	/**
	 * The '<em><b>EVENING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVENING_VALUE = 5;

	/**
	 * The '<em><b>CONTINUOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUOUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTINUOUS_VALUE = 6;

	/**
	 * The '<em><b>LATER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LATER_VALUE = 7;

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 8;

	/**
	 * An array of all the '<em><b>Time Of Day</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TimeOfDay[] VALUES_ARRAY =
		new TimeOfDay[] {
			DAY,
			NIGHT,
			DAWN,
			DUSK,
			MORNING,
			EVENING,
			CONTINUOUS,
			LATER,
			UNSPECIFIED,
		};

	/**
	 * A public read-only list of all the '<em><b>Time Of Day</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TimeOfDay> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Time Of Day</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimeOfDay get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TimeOfDay result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Time Of Day</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimeOfDay getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TimeOfDay result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Time Of Day</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TimeOfDay get(int value) {
		switch (value) {
			case DAY_VALUE: return DAY;
			case NIGHT_VALUE: return NIGHT;
			case DAWN_VALUE: return DAWN;
			case DUSK_VALUE: return DUSK;
			case MORNING_VALUE: return MORNING;
			case EVENING_VALUE: return EVENING;
			case CONTINUOUS_VALUE: return CONTINUOUS;
			case LATER_VALUE: return LATER;
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
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
	private TimeOfDay(int value, String name, String literal) {
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
	
} //TimeOfDay
