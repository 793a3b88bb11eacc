/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.backlot.model.shots.ShotsPackage
 * @generated
 */
public interface ShotsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ShotsFactory eINSTANCE = org.backlot.model.shots.impl.ShotsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Shot List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shot List</em>'.
	 * @generated
	 */
	ShotList createShotList();

	/**
	 * Returns a new object of class '<em>Shot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shot</em>'.
	 * @generated
	 */
	Shot createShot();

	/**
	 * Returns a new object of class '<em>Camera Setup</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Camera Setup</em>'.
	 * @generated
	 */
	CameraSetup createCameraSetup();

	/**
	 * Returns a new object of class '<em>Storyboard Frame</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Storyboard Frame</em>'.
	 * @generated
	 */
	StoryboardFrame createStoryboardFrame();

	/**
	 * Returns a new object of class '<em>Set Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Set Plan</em>'.
	 * @generated
	 */
	SetPlan createSetPlan();

	/**
	 * Returns a new object of class '<em>Actor Mark</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Actor Mark</em>'.
	 * @generated
	 */
	ActorMark createActorMark();

	/**
	 * Returns a new object of class '<em>Actor Move</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Actor Move</em>'.
	 * @generated
	 */
	ActorMove createActorMove();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ShotsPackage getShotsPackage();

} //ShotsFactory
