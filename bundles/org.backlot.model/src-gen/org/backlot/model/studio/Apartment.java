/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Apartment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A crew apartment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.Apartment#getBuilding <em>Building</em>}</li>
 *   <li>{@link org.backlot.model.studio.Apartment#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.backlot.model.studio.Apartment#getBeds <em>Beds</em>}</li>
 *   <li>{@link org.backlot.model.studio.Apartment#getFloor <em>Floor</em>}</li>
 *   <li>{@link org.backlot.model.studio.Apartment#getFeatures <em>Features</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.studio.StudioPackage#getApartment()
 * @model
 * @generated
 */
public interface Apartment extends StudioResource {
	/**
	 * Returns the value of the '<em><b>Building</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Building</em>' attribute.
	 * @see #setBuilding(String)
	 * @see org.backlot.model.studio.StudioPackage#getApartment_Building()
	 * @model
	 * @generated
	 */
	String getBuilding();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Apartment#getBuilding <em>Building</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Building</em>' attribute.
	 * @see #getBuilding()
	 * @generated
	 */
	void setBuilding(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.backlot.model.studio.StudioPackage#getApartment_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Apartment#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Beds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beds</em>' attribute.
	 * @see #setBeds(int)
	 * @see org.backlot.model.studio.StudioPackage#getApartment_Beds()
	 * @model
	 * @generated
	 */
	int getBeds();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Apartment#getBeds <em>Beds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beds</em>' attribute.
	 * @see #getBeds()
	 * @generated
	 */
	void setBeds(int value);

	/**
	 * Returns the value of the '<em><b>Floor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Floor</em>' attribute.
	 * @see #setFloor(int)
	 * @see org.backlot.model.studio.StudioPackage#getApartment_Floor()
	 * @model
	 * @generated
	 */
	int getFloor();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Apartment#getFloor <em>Floor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Floor</em>' attribute.
	 * @see #getFloor()
	 * @generated
	 */
	void setFloor(int value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the unit offers (quiet, ground floor, kitchen, accessible...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see org.backlot.model.studio.StudioPackage#getApartment_Features()
	 * @model
	 * @generated
	 */
	EList<String> getFeatures();

} // Apartment
