/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The lighting of a production: sets, set-ups and looks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.LightingPlan#getSets <em>Sets</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LightingPlan#getSetups <em>Setups</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LightingPlan#getLooks <em>Looks</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getLightingPlan()
 * @model
 * @generated
 */
public interface LightingPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.lighting.SetGeometry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sets</em>' containment reference list.
	 * @see org.backlot.model.lighting.LightingPackage#getLightingPlan_Sets()
	 * @model containment="true"
	 * @generated
	 */
	EList<SetGeometry> getSets();

	/**
	 * Returns the value of the '<em><b>Setups</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.lighting.LightingSetup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Setups</em>' containment reference list.
	 * @see org.backlot.model.lighting.LightingPackage#getLightingPlan_Setups()
	 * @model containment="true"
	 * @generated
	 */
	EList<LightingSetup> getSetups();

	/**
	 * Returns the value of the '<em><b>Looks</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.lighting.Look}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Looks</em>' containment reference list.
	 * @see org.backlot.model.lighting.LightingPackage#getLightingPlan_Looks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Look> getLooks();

} // LightingPlan
