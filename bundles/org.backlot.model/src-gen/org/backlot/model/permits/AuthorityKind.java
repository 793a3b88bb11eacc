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
 * A representation of the literals of the enumeration '<em><b>Authority Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who approves.
 * <!-- end-model-doc -->
 * @see org.backlot.model.permits.PermitsPackage#getAuthorityKind()
 * @model
 * @generated
 */
public enum AuthorityKind implements Enumerator {
	/**
	 * The '<em><b>POLICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICE(0, "POLICE", "POLICE"),

	/**
	 * The '<em><b>TRAFFIC POLICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAFFIC_POLICE_VALUE
	 * @generated
	 * @ordered
	 */
	TRAFFIC_POLICE(1, "TRAFFIC_POLICE", "TRAFFIC_POLICE"),

	/**
	 * The '<em><b>CULTURE TOURISM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURE_TOURISM_VALUE
	 * @generated
	 * @ordered
	 */
	CULTURE_TOURISM(2, "CULTURE_TOURISM", "CULTURE_TOURISM"),

	/**
	 * The '<em><b>FIRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRE(3, "FIRE", "FIRE"),

	/**
	 * The '<em><b>URBAN MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	URBAN_MANAGEMENT(4, "URBAN_MANAGEMENT", "URBAN_MANAGEMENT"),

	/**
	 * The '<em><b>CIVIL AVIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIVIL_AVIATION_VALUE
	 * @generated
	 * @ordered
	 */
	CIVIL_AVIATION(5, "CIVIL_AVIATION", "CIVIL_AVIATION"),

	/**
	 * The '<em><b>PARKS LANDMARKS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARKS_LANDMARKS_VALUE
	 * @generated
	 * @ordered
	 */
	PARKS_LANDMARKS(6, "PARKS_LANDMARKS", "PARKS_LANDMARKS"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>POLICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICE_VALUE = 0;

	/**
	 * The '<em><b>TRAFFIC POLICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAFFIC_POLICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAFFIC_POLICE_VALUE = 1;

	/**
	 * The '<em><b>CULTURE TOURISM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURE_TOURISM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CULTURE_TOURISM_VALUE = 2;

	/**
	 * The '<em><b>FIRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRE_VALUE = 3;

	/**
	 * The '<em><b>URBAN MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_MANAGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int URBAN_MANAGEMENT_VALUE = 4;

	/**
	 * The '<em><b>CIVIL AVIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIVIL_AVIATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIVIL_AVIATION_VALUE = 5;

	/**
	 * The '<em><b>PARKS LANDMARKS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARKS_LANDMARKS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARKS_LANDMARKS_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Authority Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AuthorityKind[] VALUES_ARRAY =
		new AuthorityKind[] {
			POLICE,
			TRAFFIC_POLICE,
			CULTURE_TOURISM,
			FIRE,
			URBAN_MANAGEMENT,
			CIVIL_AVIATION,
			PARKS_LANDMARKS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Authority Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AuthorityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Authority Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthorityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Authority Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthorityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Authority Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorityKind get(int value) {
		switch (value) {
			case POLICE_VALUE: return POLICE;
			case TRAFFIC_POLICE_VALUE: return TRAFFIC_POLICE;
			case CULTURE_TOURISM_VALUE: return CULTURE_TOURISM;
			case FIRE_VALUE: return FIRE;
			case URBAN_MANAGEMENT_VALUE: return URBAN_MANAGEMENT;
			case CIVIL_AVIATION_VALUE: return CIVIL_AVIATION;
			case PARKS_LANDMARKS_VALUE: return PARKS_LANDMARKS;
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
	private AuthorityKind(int value, String name, String literal) {
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
	
} //AuthorityKind
