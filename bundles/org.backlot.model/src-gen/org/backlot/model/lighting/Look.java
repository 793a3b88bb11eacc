/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Look</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lighting target: ratio, exposure, colour.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.Look#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getKeyToFill <em>Key To Fill</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getTargetStop <em>Target Stop</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getCct <em>Cct</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getLook()
 * @model
 * @generated
 */
public interface Look extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Key To Fill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key To Fill</em>' attribute.
	 * @see #setKeyToFill(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_KeyToFill()
	 * @model
	 * @generated
	 */
	double getKeyToFill();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getKeyToFill <em>Key To Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key To Fill</em>' attribute.
	 * @see #getKeyToFill()
	 * @generated
	 */
	void setKeyToFill(double value);

	/**
	 * Returns the value of the '<em><b>Target Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Stop</em>' attribute.
	 * @see #setTargetStop(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_TargetStop()
	 * @model
	 * @generated
	 */
	double getTargetStop();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getTargetStop <em>Target Stop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Stop</em>' attribute.
	 * @see #getTargetStop()
	 * @generated
	 */
	void setTargetStop(double value);

	/**
	 * Returns the value of the '<em><b>Cct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cct</em>' attribute.
	 * @see #setCct(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_Cct()
	 * @model
	 * @generated
	 */
	double getCct();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getCct <em>Cct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cct</em>' attribute.
	 * @see #getCct()
	 * @generated
	 */
	void setCct(double value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Look
