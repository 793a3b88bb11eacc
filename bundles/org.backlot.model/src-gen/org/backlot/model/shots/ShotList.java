/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shot List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * All shots, set-ups and set plans of a production.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.ShotList#getShots <em>Shots</em>}</li>
 *   <li>{@link org.backlot.model.shots.ShotList#getSetups <em>Setups</em>}</li>
 *   <li>{@link org.backlot.model.shots.ShotList#getSetPlans <em>Set Plans</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.shots.ShotsPackage#getShotList()
 * @model
 * @generated
 */
public interface ShotList extends EObject {
	/**
	 * Returns the value of the '<em><b>Shots</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.shots.Shot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shots</em>' containment reference list.
	 * @see org.backlot.model.shots.ShotsPackage#getShotList_Shots()
	 * @model containment="true"
	 * @generated
	 */
	EList<Shot> getShots();

	/**
	 * Returns the value of the '<em><b>Setups</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.shots.CameraSetup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Setups</em>' containment reference list.
	 * @see org.backlot.model.shots.ShotsPackage#getShotList_Setups()
	 * @model containment="true"
	 * @generated
	 */
	EList<CameraSetup> getSetups();

	/**
	 * Returns the value of the '<em><b>Set Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.shots.SetPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Set Plans</em>' containment reference list.
	 * @see org.backlot.model.shots.ShotsPackage#getShotList_SetPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<SetPlan> getSetPlans();

} // ShotList
