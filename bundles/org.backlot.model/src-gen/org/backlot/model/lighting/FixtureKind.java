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
 * A representation of the literals of the enumeration '<em><b>Fixture Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of lamp.
 * <!-- end-model-doc -->
 * @see org.backlot.model.lighting.LightingPackage#getFixtureKind()
 * @model
 * @generated
 */
public enum FixtureKind implements Enumerator {
	/**
	 * The '<em><b>FRESNEL TUNGSTEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRESNEL_TUNGSTEN_VALUE
	 * @generated
	 * @ordered
	 */
	FRESNEL_TUNGSTEN(0, "FRESNEL_TUNGSTEN", "FRESNEL_TUNGSTEN"),

	/**
	 * The '<em><b>FRESNEL HMI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRESNEL_HMI_VALUE
	 * @generated
	 * @ordered
	 */
	FRESNEL_HMI(1, "FRESNEL_HMI", "FRESNEL_HMI"),

	/**
	 * The '<em><b>LED PANEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LED_PANEL_VALUE
	 * @generated
	 * @ordered
	 */
	LED_PANEL(2, "LED_PANEL", "LED_PANEL"),

	/**
	 * The '<em><b>LED TUBE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LED_TUBE_VALUE
	 * @generated
	 * @ordered
	 */
	LED_TUBE(3, "LED_TUBE", "LED_TUBE"),

	/**
	 * The '<em><b>SOFTBOX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTBOX_VALUE
	 * @generated
	 * @ordered
	 */
	SOFTBOX(4, "SOFTBOX", "SOFTBOX"),

	/**
	 * The '<em><b>BOOK LIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOK_LIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	BOOK_LIGHT(5, "BOOK_LIGHT", "BOOK_LIGHT"),

	/**
	 * The '<em><b>PAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAR_VALUE
	 * @generated
	 * @ordered
	 */
	PAR(6, "PAR", "PAR"),

	/**
	 * The '<em><b>ELLIPSOIDAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELLIPSOIDAL_VALUE
	 * @generated
	 * @ordered
	 */
	ELLIPSOIDAL(7, "ELLIPSOIDAL", "ELLIPSOIDAL"),

	/**
	 * The '<em><b>PRACTICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTICAL_VALUE
	 * @generated
	 * @ordered
	 */
	PRACTICAL(8, "PRACTICAL", "PRACTICAL"),

	/**
	 * The '<em><b>SKY PANEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKY_PANEL_VALUE
	 * @generated
	 * @ordered
	 */
	SKY_PANEL(9, "SKY_PANEL", "SKY_PANEL"),

	/**
	 * The '<em><b>LED VOLUME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LED_VOLUME_VALUE
	 * @generated
	 * @ordered
	 */
	LED_VOLUME(10, "LED_VOLUME", "LED_VOLUME");

	/**
	 * The '<em><b>FRESNEL TUNGSTEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRESNEL_TUNGSTEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRESNEL_TUNGSTEN_VALUE = 0;

	/**
	 * The '<em><b>FRESNEL HMI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRESNEL_HMI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRESNEL_HMI_VALUE = 1;

	/**
	 * The '<em><b>LED PANEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LED_PANEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LED_PANEL_VALUE = 2;

	/**
	 * The '<em><b>LED TUBE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LED_TUBE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LED_TUBE_VALUE = 3;

	/**
	 * The '<em><b>SOFTBOX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTBOX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOFTBOX_VALUE = 4;

	/**
	 * The '<em><b>BOOK LIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOK_LIGHT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOOK_LIGHT_VALUE = 5;

	/**
	 * The '<em><b>PAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAR_VALUE = 6;

	/**
	 * The '<em><b>ELLIPSOIDAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELLIPSOIDAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELLIPSOIDAL_VALUE = 7;

	/**
	 * The '<em><b>PRACTICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRACTICAL_VALUE = 8;

	/**
	 * The '<em><b>SKY PANEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKY_PANEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SKY_PANEL_VALUE = 9;

	/**
	 * The '<em><b>LED VOLUME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LED_VOLUME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LED_VOLUME_VALUE = 10;

	/**
	 * An array of all the '<em><b>Fixture Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FixtureKind[] VALUES_ARRAY =
		new FixtureKind[] {
			FRESNEL_TUNGSTEN,
			FRESNEL_HMI,
			LED_PANEL,
			LED_TUBE,
			SOFTBOX,
			BOOK_LIGHT,
			PAR,
			ELLIPSOIDAL,
			PRACTICAL,
			SKY_PANEL,
			LED_VOLUME,
		};

	/**
	 * A public read-only list of all the '<em><b>Fixture Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FixtureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Fixture Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FixtureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FixtureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fixture Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FixtureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FixtureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fixture Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FixtureKind get(int value) {
		switch (value) {
			case FRESNEL_TUNGSTEN_VALUE: return FRESNEL_TUNGSTEN;
			case FRESNEL_HMI_VALUE: return FRESNEL_HMI;
			case LED_PANEL_VALUE: return LED_PANEL;
			case LED_TUBE_VALUE: return LED_TUBE;
			case SOFTBOX_VALUE: return SOFTBOX;
			case BOOK_LIGHT_VALUE: return BOOK_LIGHT;
			case PAR_VALUE: return PAR;
			case ELLIPSOIDAL_VALUE: return ELLIPSOIDAL;
			case PRACTICAL_VALUE: return PRACTICAL;
			case SKY_PANEL_VALUE: return SKY_PANEL;
			case LED_VOLUME_VALUE: return LED_VOLUME;
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
	private FixtureKind(int value, String name, String literal) {
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
	
} //FixtureKind
