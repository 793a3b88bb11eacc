/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.backlot.model.permits.PermitsPackage
 * @generated
 */
public interface PermitsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PermitsFactory eINSTANCE = org.backlot.model.permits.impl.PermitsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Authority</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Authority</em>'.
	 * @generated
	 */
	Authority createAuthority();

	/**
	 * Returns a new object of class '<em>Permit Application</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Permit Application</em>'.
	 * @generated
	 */
	PermitApplication createPermitApplication();

	/**
	 * Returns a new object of class '<em>Permit Period</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Permit Period</em>'.
	 * @generated
	 */
	PermitPeriod createPermitPeriod();

	/**
	 * Returns a new object of class '<em>Road Closure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Road Closure</em>'.
	 * @generated
	 */
	RoadClosure createRoadClosure();

	/**
	 * Returns a new object of class '<em>Permit Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Permit Document</em>'.
	 * @generated
	 */
	PermitDocument createPermitDocument();

	/**
	 * Returns a new object of class '<em>Status Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Status Change</em>'.
	 * @generated
	 */
	StatusChange createStatusChange();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PermitsPackage getPermitsPackage();

} //PermitsFactory
