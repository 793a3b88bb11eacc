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
 * A representation of the literals of the enumeration '<em><b>Camera Movement</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Camera movement.
 * <!-- end-model-doc -->
 * @see org.backlot.model.shots.ShotsPackage#getCameraMovement()
 * @model
 * @generated
 */
public enum CameraMovement implements Enumerator {
	/**
	 * The '<em><b>STATIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATIC_VALUE
	 * @generated
	 * @ordered
	 */
	STATIC(0, "STATIC", "STATIC"),

	/**
	 * The '<em><b>PAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAN_VALUE
	 * @generated
	 * @ordered
	 */
	PAN(1, "PAN", "PAN"),

	/**
	 * The '<em><b>TILT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TILT_VALUE
	 * @generated
	 * @ordered
	 */
	TILT(2, "TILT", "TILT"),

	/**
	 * The '<em><b>DOLLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOLLY_VALUE
	 * @generated
	 * @ordered
	 */
	DOLLY(3, "DOLLY", "DOLLY"),

	/**
	 * The '<em><b>CRANE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRANE_VALUE
	 * @generated
	 * @ordered
	 */
	CRANE(4, "CRANE", "CRANE"),

	/**
	 * The '<em><b>HANDHELD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDHELD_VALUE
	 * @generated
	 * @ordered
	 */
	HANDHELD(5, "HANDHELD", "HANDHELD"),

	/**
	 * The '<em><b>STEADICAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEADICAM_VALUE
	 * @generated
	 * @ordered
	 */
	STEADICAM(6, "STEADICAM", "STEADICAM"),

	/**
	 * The '<em><b>DRONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRONE_VALUE
	 * @generated
	 * @ordered
	 */
	DRONE(7, "DRONE", "DRONE");

	/**
	 * The '<em><b>STATIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATIC_VALUE = 0;

	/**
	 * The '<em><b>PAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAN_VALUE = 1;

	/**
	 * The '<em><b>TILT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TILT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TILT_VALUE = 2;

	/**
	 * The '<em><b>DOLLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOLLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOLLY_VALUE = 3;

	/**
	 * The '<em><b>CRANE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRANE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRANE_VALUE = 4;

	/**
	 * The '<em><b>HANDHELD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDHELD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HANDHELD_VALUE = 5;

	/**
	 * The '<em><b>STEADICAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEADICAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STEADICAM_VALUE = 6;

	/**
	 * The '<em><b>DRONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRONE_VALUE = 7;

	/**
	 * An array of all the '<em><b>Camera Movement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CameraMovement[] VALUES_ARRAY =
		new CameraMovement[] {
			STATIC,
			PAN,
			TILT,
			DOLLY,
			CRANE,
			HANDHELD,
			STEADICAM,
			DRONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Camera Movement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CameraMovement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Camera Movement</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CameraMovement get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CameraMovement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Camera Movement</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CameraMovement getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CameraMovement result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Camera Movement</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CameraMovement get(int value) {
		switch (value) {
			case STATIC_VALUE: return STATIC;
			case PAN_VALUE: return PAN;
			case TILT_VALUE: return TILT;
			case DOLLY_VALUE: return DOLLY;
			case CRANE_VALUE: return CRANE;
			case HANDHELD_VALUE: return HANDHELD;
			case STEADICAM_VALUE: return STEADICAM;
			case DRONE_VALUE: return DRONE;
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
	private CameraMovement(int value, String name, String literal) {
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
	
} //CameraMovement
