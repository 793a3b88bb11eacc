/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown;

import org.backlot.model.production.Identified;

import org.backlot.model.script.Scene;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extras Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Background actors a scene needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.ExtrasRequirement#getScene <em>Scene</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.ExtrasRequirement#getCount <em>Count</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.ExtrasRequirement#getDescription <em>Description</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.ExtrasRequirement#getLook <em>Look</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.breakdown.BreakdownPackage#getExtrasRequirement()
 * @model
 * @generated
 */
public interface ExtrasRequirement extends Identified {
	/**
	 * Returns the value of the '<em><b>Scene</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scene</em>' reference.
	 * @see #setScene(Scene)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getExtrasRequirement_Scene()
	 * @model
	 * @generated
	 */
	Scene getScene();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ExtrasRequirement#getScene <em>Scene</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scene</em>' reference.
	 * @see #getScene()
	 * @generated
	 */
	void setScene(Scene value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getExtrasRequirement_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ExtrasRequirement#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getExtrasRequirement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ExtrasRequirement#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Look</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Look</em>' attribute.
	 * @see #setLook(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getExtrasRequirement_Look()
	 * @model
	 * @generated
	 */
	String getLook();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ExtrasRequirement#getLook <em>Look</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Look</em>' attribute.
	 * @see #getLook()
	 * @generated
	 */
	void setLook(String value);

} // ExtrasRequirement
