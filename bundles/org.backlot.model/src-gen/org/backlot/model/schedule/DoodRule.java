/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dood Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hold and drop rules of an element for the day-out-of-days.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.schedule.DoodRule#isHoldAllowed <em>Hold Allowed</em>}</li>
 *   <li>{@link org.backlot.model.schedule.DoodRule#getMinDropGapDays <em>Min Drop Gap Days</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.schedule.SchedulePackage#getDoodRule()
 * @model
 * @generated
 */
public interface DoodRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Hold Allowed</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hold Allowed</em>' attribute.
	 * @see #setHoldAllowed(boolean)
	 * @see org.backlot.model.schedule.SchedulePackage#getDoodRule_HoldAllowed()
	 * @model default="true"
	 * @generated
	 */
	boolean isHoldAllowed();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.DoodRule#isHoldAllowed <em>Hold Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hold Allowed</em>' attribute.
	 * @see #isHoldAllowed()
	 * @generated
	 */
	void setHoldAllowed(boolean value);

	/**
	 * Returns the value of the '<em><b>Min Drop Gap Days</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A drop is allowed only when the gap is at least this many days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Drop Gap Days</em>' attribute.
	 * @see #setMinDropGapDays(int)
	 * @see org.backlot.model.schedule.SchedulePackage#getDoodRule_MinDropGapDays()
	 * @model default="10"
	 * @generated
	 */
	int getMinDropGapDays();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.DoodRule#getMinDropGapDays <em>Min Drop Gap Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Drop Gap Days</em>' attribute.
	 * @see #getMinDropGapDays()
	 * @generated
	 */
	void setMinDropGapDays(int value);

} // DoodRule
