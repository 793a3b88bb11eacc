/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Breakdown</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The breakdown of a script.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.Breakdown#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Breakdown#getElements <em>Elements</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Breakdown#getExtras <em>Extras</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.breakdown.BreakdownPackage#getBreakdown()
 * @model
 * @generated
 */
public interface Breakdown extends EObject {
	/**
	 * Returns the value of the '<em><b>Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.breakdown.Category}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Categories</em>' containment reference list.
	 * @see org.backlot.model.breakdown.BreakdownPackage#getBreakdown_Categories()
	 * @model containment="true"
	 * @generated
	 */
	EList<Category> getCategories();

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.breakdown.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.backlot.model.breakdown.BreakdownPackage#getBreakdown_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Element> getElements();

	/**
	 * Returns the value of the '<em><b>Extras</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.breakdown.ExtrasRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extras</em>' containment reference list.
	 * @see org.backlot.model.breakdown.BreakdownPackage#getBreakdown_Extras()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExtrasRequirement> getExtras();

} // Breakdown
