/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Hazard</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Hazards an authority asks about.
 * <!-- end-model-doc -->
 * @see org.backlot.model.permits.PermitsPackage#getHazard()
 * @model
 * @generated
 */
public enum Hazard implements Enumerator {
	/**
	 * The '<em><b>FIREARMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIREARMS_VALUE
	 * @generated
	 * @ordered
	 */
	FIREARMS(0, "FIREARMS", "FIREARMS"),

	/**
	 * The '<em><b>PYROTECHNICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PYROTECHNICS_VALUE
	 * @generated
	 * @ordered
	 */
	PYROTECHNICS(1, "PYROTECHNICS", "PYROTECHNICS"),

	/**
	 * The '<em><b>OPEN FLAME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_FLAME_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_FLAME(2, "OPEN_FLAME", "OPEN_FLAME"),

	/**
	 * The '<em><b>SMOKE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMOKE_VALUE
	 * @generated
	 * @ordered
	 */
	SMOKE(3, "SMOKE", "SMOKE"),

	/**
	 * The '<em><b>STUNTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUNTS_VALUE
	 * @generated
	 * @ordered
	 */
	STUNTS(4, "STUNTS", "STUNTS"),

	/**
	 * The '<em><b>ANIMALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANIMALS_VALUE
	 * @generated
	 * @ordered
	 */
	ANIMALS(5, "ANIMALS", "ANIMALS"),

	/**
	 * The '<em><b>MOVING VEHICLES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVING_VEHICLES_VALUE
	 * @generated
	 * @ordered
	 */
	MOVING_VEHICLES(6, "MOVING_VEHICLES", "MOVING_VEHICLES"),

	/**
	 * The '<em><b>WATERCRAFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATERCRAFT_VALUE
	 * @generated
	 * @ordered
	 */
	WATERCRAFT(7, "WATERCRAFT", "WATERCRAFT"),

	/**
	 * The '<em><b>DRONES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRONES_VALUE
	 * @generated
	 * @ordered
	 */
	DRONES(8, "DRONES", "DRONES"),

	/**
	 * The '<em><b>CROWD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROWD_VALUE
	 * @generated
	 * @ordered
	 */
	CROWD(9, "CROWD", "CROWD");

	/**
	 * The '<em><b>FIREARMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIREARMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIREARMS_VALUE = 0;

	/**
	 * The '<em><b>PYROTECHNICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PYROTECHNICS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PYROTECHNICS_VALUE = 1;

	/**
	 * The '<em><b>OPEN FLAME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_FLAME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_FLAME_VALUE = 2;

	/**
	 * The '<em><b>SMOKE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMOKE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMOKE_VALUE = 3;

	/**
	 * The '<em><b>STUNTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUNTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STUNTS_VALUE = 4;

	/**
	 * The '<em><b>ANIMALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANIMALS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANIMALS_VALUE = 5;

	/**
	 * The '<em><b>MOVING VEHICLES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVING_VEHICLES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOVING_VEHICLES_VALUE = 6;

	/**
	 * The '<em><b>WATERCRAFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATERCRAFT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WATERCRAFT_VALUE = 7;

	/**
	 * The '<em><b>DRONES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRONES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRONES_VALUE = 8;

	/**
	 * The '<em><b>CROWD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROWD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CROWD_VALUE = 9;

	/**
	 * An array of all the '<em><b>Hazard</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Hazard[] VALUES_ARRAY =
		new Hazard[] {
			FIREARMS,
			PYROTECHNICS,
			OPEN_FLAME,
			SMOKE,
			STUNTS,
			ANIMALS,
			MOVING_VEHICLES,
			WATERCRAFT,
			DRONES,
			CROWD,
		};

	/**
	 * A public read-only list of all the '<em><b>Hazard</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Hazard> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hazard</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Hazard get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Hazard result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hazard</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Hazard getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Hazard result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hazard</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Hazard get(int value) {
		switch (value) {
			case FIREARMS_VALUE: return FIREARMS;
			case PYROTECHNICS_VALUE: return PYROTECHNICS;
			case OPEN_FLAME_VALUE: return OPEN_FLAME;
			case SMOKE_VALUE: return SMOKE;
			case STUNTS_VALUE: return STUNTS;
			case ANIMALS_VALUE: return ANIMALS;
			case MOVING_VEHICLES_VALUE: return MOVING_VEHICLES;
			case WATERCRAFT_VALUE: return WATERCRAFT;
			case DRONES_VALUE: return DRONES;
			case CROWD_VALUE: return CROWD;
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
	private Hazard(int value, String name, String literal) {
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
	
} //Hazard
