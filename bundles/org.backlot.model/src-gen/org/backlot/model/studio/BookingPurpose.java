/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Booking Purpose</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a booking's days are for.
 * <!-- end-model-doc -->
 * @see org.backlot.model.studio.StudioPackage#getBookingPurpose()
 * @model
 * @generated
 */
public enum BookingPurpose implements Enumerator {
	/**
	 * The '<em><b>SHOOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHOOT_VALUE
	 * @generated
	 * @ordered
	 */
	SHOOT(0, "SHOOT", "SHOOT"),

	/**
	 * The '<em><b>PREP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREP_VALUE
	 * @generated
	 * @ordered
	 */
	PREP(1, "PREP", "PREP"),

	/**
	 * The '<em><b>STRIKE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRIKE_VALUE
	 * @generated
	 * @ordered
	 */
	STRIKE(2, "STRIKE", "STRIKE"),

	/**
	 * The '<em><b>HOLD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLD_VALUE
	 * @generated
	 * @ordered
	 */
	HOLD(3, "HOLD", "HOLD"),

	/**
	 * The '<em><b>FITTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FITTING_VALUE
	 * @generated
	 * @ordered
	 */
	FITTING(4, "FITTING", "FITTING"),

	/**
	 * The '<em><b>STAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAY_VALUE
	 * @generated
	 * @ordered
	 */
	STAY(5, "STAY", "STAY"),

	/**
	 * The '<em><b>USE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USE_VALUE
	 * @generated
	 * @ordered
	 */
	USE(6, "USE", "USE");

	/**
	 * The '<em><b>SHOOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHOOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHOOT_VALUE = 0;

	/**
	 * The '<em><b>PREP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREP_VALUE = 1;

	/**
	 * The '<em><b>STRIKE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRIKE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRIKE_VALUE = 2;

	/**
	 * The '<em><b>HOLD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOLD_VALUE = 3;

	/**
	 * The '<em><b>FITTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FITTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FITTING_VALUE = 4;

	/**
	 * The '<em><b>STAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAY_VALUE = 5;

	/**
	 * The '<em><b>USE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Booking Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BookingPurpose[] VALUES_ARRAY =
		new BookingPurpose[] {
			SHOOT,
			PREP,
			STRIKE,
			HOLD,
			FITTING,
			STAY,
			USE,
		};

	/**
	 * A public read-only list of all the '<em><b>Booking Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BookingPurpose> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Booking Purpose</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BookingPurpose get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BookingPurpose result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Booking Purpose</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BookingPurpose getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BookingPurpose result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Booking Purpose</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BookingPurpose get(int value) {
		switch (value) {
			case SHOOT_VALUE: return SHOOT;
			case PREP_VALUE: return PREP;
			case STRIKE_VALUE: return STRIKE;
			case HOLD_VALUE: return HOLD;
			case FITTING_VALUE: return FITTING;
			case STAY_VALUE: return STAY;
			case USE_VALUE: return USE;
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
	private BookingPurpose(int value, String name, String literal) {
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
	
} //BookingPurpose
